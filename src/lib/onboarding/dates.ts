/**
 * Date arithmetic on calendar dates written "YYYY-MM-DD".
 *
 * Everything is computed in UTC on whole days, so a date means the same day on
 * the build server and in every reader's time zone, and daylight-saving changes
 * can never shift a due date by one.
 */

/** How often the check-ins come round. */
export type Rhythm = "weekly" | "biweekly" | "monthly";

/** A calendar date split into its parts; `month` is 1-12. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MONTH_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** Number of days in a month (`month` 1-12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Splits a strict "YYYY-MM-DD" string into its parts, or returns null when it
 * is not a real date (2027-02-30, 2027-13-01, "2027-1-5", a time suffix, a
 * non-string). Years 0000 and above 9999 are out of reach of the format.
 */
export function parseIsoDate(value: unknown): DateParts | null {
  if (typeof value !== "string") return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when `value` is a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/** Writes date parts as "YYYY-MM-DD". */
export function formatIsoDate(parts: DateParts): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

function partsOrThrow(date: string): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${date}`);
  return parts;
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return formatIsoDate({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}

function toUtcMs(parts: DateParts): number {
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  const d = new Date(Date.UTC(2000, parts.month - 1, parts.day));
  d.setUTCFullYear(parts.year);
  return d.getTime();
}

/**
 * The date `days` whole days after `date` (before it when negative).
 * Throws a RangeError when `date` is not a valid "YYYY-MM-DD" date.
 */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(partsOrThrow(date)) + Math.trunc(days) * MS_PER_DAY);
}

/**
 * The same day of the month `months` months later (earlier when negative),
 * clamped to the last day of a shorter month: Jan 31 + 1 month is Feb 28, or
 * Feb 29 in a leap year. Throws a RangeError for an invalid date.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = partsOrThrow(date);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/**
 * The date of the `n`th step of a rhythm counted from `start` (n = 0 is the
 * start itself): weekly adds 7n days, biweekly 14n, monthly n months.
 * Monthly steps are measured from the start, not chained, so a Jan 31 start
 * gives Feb 28 then Mar 31 rather than drifting to the 28th.
 */
export function rhythmStep(start: string, rhythm: Rhythm, n: number): string {
  switch (rhythm) {
    case "weekly":
      return addDays(start, 7 * n);
    case "biweekly":
      return addDays(start, 14 * n);
    case "monthly":
      return addMonths(start, n);
  }
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (toUtcMs(partsOrThrow(to)) - toUtcMs(partsOrThrow(from))) / MS_PER_DAY,
  );
}

/**
 * A date in fixed English, "Jan 5, 2027", for exported files that must read
 * the same wherever they are made. On screen, use the reader's locale instead.
 */
export function formatDueDate(date: string): string {
  const { year, month, day } = partsOrThrow(date);
  return `${MONTH_NAMES[month - 1] ?? ""} ${day}, ${year}`;
}
