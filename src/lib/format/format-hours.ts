import { formatWith } from "./cached-number-format";
import { NOT_AVAILABLE } from "./not-available";

/**
 * Formats a duration given in minutes as English words: whole minutes under
 * an hour ("45 minutes"), hours with at most one decimal from an hour up
 * ("1 hour", "12.5 hours"). The site is written in English, so the unit is
 * always an English word; only the number follows the reader's locale
 * ("12,5 hours" in de-DE), as every number on the site does (see the README,
 * "Numbers and languages"). Non-finite input gives "—".
 */
export function formatHours(minutes: number, locale: string): string {
  if (!Number.isFinite(minutes)) return NOT_AVAILABLE;
  // Decide on the rounded value so 59.7 minutes reads "1 hour", not "60 minutes".
  const wholeMinutes = Math.round(Math.abs(minutes));
  const inMinutes = wholeMinutes < 60;
  const digits = inMinutes ? 0 : 1;
  const value = inMinutes ? (minutes < 0 ? -wholeMinutes : wholeMinutes) : minutes / 60;
  // English takes the singular only for exactly one, as shown after rounding.
  const one = Math.abs(Math.round(value * 10 ** digits)) === 10 ** digits;
  const unit = inMinutes ? (one ? "minute" : "minutes") : one ? "hour" : "hours";
  const number = formatWith(
    locale,
    { maximumFractionDigits: digits, signDisplay: "negative" },
    value,
  );
  return `${number} ${unit}`;
}
