import { cachedDateFormat } from "./cached-date-format";
import { NOT_AVAILABLE } from "./not-available";

const MEDIUM_UTC: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeZone: "UTC" };

// A checklist dates forty-odd steps on every change of its start date, and
// mostly to the same few dozen days, so each day's text is kept: a lookup costs
// far less than formatting. Capped because the key space is open-ended.
const MAX_TEXTS = 512;
const texts = new Map<string, string>();

// How en-US, every reader's first render, writes a medium date: "Sep 30, 2027".
// Written by hand so a tool's first render makes no Intl object (see
// format-seeds.ts for why that matters); a property test holds it to Intl's
// own text for every day from year 1 to 9999.
const EN_US_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
const enUsDate = (date: Date): string | undefined => {
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999
    ? `${EN_US_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${year}`
    : undefined;
};

/**
 * Formats a date as a medium date for the reader's locale ("Jan 5, 2027").
 * It is computed in UTC: date-only values (a start date from an
 * `<input type="date">`, parsed as UTC midnight) then read the same on the
 * build server and in every reader's time zone. An invalid date gives "—".
 */
export function formatDate(date: Date, locale: string): string {
  if (!(date instanceof Date) || !Number.isFinite(date.getTime())) return NOT_AVAILABLE;
  const key = `${locale}|${date.getTime()}`;
  let text = texts.get(key);
  if (text === undefined) {
    text =
      (locale === "en-US" ? enUsDate(date) : undefined) ??
      cachedDateFormat(locale, MEDIUM_UTC).format(date);
    if (texts.size >= MAX_TEXTS) texts.clear();
    texts.set(key, text);
  }
  return text;
}
