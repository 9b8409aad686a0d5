import { cachedDateFormat } from "./cached-date-format";
import { NOT_AVAILABLE } from "./not-available";

/**
 * Formats a date as a medium date for the reader's locale ("Jan 5, 2027").
 * It is computed in UTC: date-only values (a start date from an
 * `<input type="date">`, parsed as UTC midnight) then read the same on the
 * build server and in every reader's time zone. An invalid date gives "—".
 */
export function formatDate(date: Date, locale: string): string {
  if (!(date instanceof Date) || !Number.isFinite(date.getTime())) return NOT_AVAILABLE;
  return cachedDateFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
