import { cachedDateFormat } from "./cached-date-format";
import { cachedNumberFormat } from "./cached-number-format";
import { NOT_AVAILABLE } from "./not-available";

const MEDIUM_UTC: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeZone: "UTC" };

// A checklist dates forty-odd steps on every change of its start date, and
// mostly to the same few dozen days, so each day's text is kept: a lookup costs
// far less than formatting. Capped because the key space is open-ended.
const MAX_TEXTS = 512;
const texts = new Map<string, string>();

/**
 * The English locale that writes digits as `locale` does: month names are
 * words, and the site's words are English, while digits follow the reader
 * (Arabic-Indic in ar-EG), like every number on the site.
 */
function englishWithDigitsOf(locale: string): string {
  const digits = cachedNumberFormat(locale).resolvedOptions().numberingSystem;
  return digits === "latn" ? "en-US" : `en-US-u-nu-${digits}`;
}

/**
 * Formats a date as a medium English date ("Jan 5, 2027") with the reader's
 * digits. It is computed in UTC: date-only values (a start date from an
 * `<input type="date">`, parsed as UTC midnight) then read the same on the
 * build server and in every reader's time zone. An invalid date gives "—".
 */
export function formatDate(date: Date, locale: string): string {
  if (!(date instanceof Date) || !Number.isFinite(date.getTime())) return NOT_AVAILABLE;
  const key = `${locale}|${date.getTime()}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = cachedDateFormat(englishWithDigitsOf(locale), MEDIUM_UTC).format(date);
    if (texts.size >= MAX_TEXTS) texts.clear();
    texts.set(key, text);
  }
  return text;
}
