import { formatDate } from "~/lib/format/format-date";
import type { Schedule } from "./occurrences";

const DAY_MS = 86_400_000;

// Dates outside ±8.64e15 ms are not representable (ECMAScript time range).
const MAX_TIME_MS = 8.64e15;

/** A date as UTC calendar parts; months are 0-based as in `Date`. */
interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Milliseconds at UTC midnight of a calendar day; handles years 0–99 and month overflow. */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
}

/**
 * The start of the j-th period after `start`. Months and years keep the start's
 * day of the month, clamped to shorter months (31 Jan → 29 Feb 2028 → 31 Mar),
 * and always count from the start, so one short month does not shift the rest.
 */
function periodStart(
  start: CalendarDay,
  per: "week" | "month" | "year",
  j: number,
): number {
  switch (per) {
    case "week":
      return utcMidnight(start.year, start.month, start.day) + j * 7 * DAY_MS;
    case "month": {
      const first = new Date(utcMidnight(start.year, start.month + j, 1));
      const year = first.getUTCFullYear();
      const month = first.getUTCMonth();
      return utcMidnight(year, month, Math.min(start.day, daysInMonth(year, month)));
    }
    case "year": {
      const year = start.year + j;
      return utcMidnight(
        year,
        start.month,
        Math.min(start.day, daysInMonth(year, start.month)),
      );
    }
  }
}

/**
 * The calendar date of the k-th occurrence (k = 1 is the first) when the task
 * starts on `start` and recurs on `schedule`, as a Date at UTC midnight.
 * Used for "break-even reached on <date>".
 *
 * The first occurrence falls on the start date. Occurrences are spread evenly
 * through each period: 2 a week are 3.5 days apart (days rounded down, so
 * dates never go backwards), 3 a month split each calendar month in thirds,
 * and each period starts on the start's day of the month (clamped to short
 * months and to 28 February outside leap years).
 *
 * Only the UTC calendar day of `start` is used. Returns null for a one-off
 * task asked about any occurrence after the first, for a non-finite `k`, and
 * when the date falls outside the range `Date` can represent.
 * `k` below 1 counts as 1 and is otherwise rounded down.
 *
 * @throws RangeError when `start` is an invalid Date.
 */
export function occurrenceDate(start: Date, k: number, schedule: Schedule): Date | null {
  if (Number.isNaN(start.getTime())) throw new RangeError("start is an invalid Date");
  if (!Number.isFinite(k)) return null;
  const index = Math.max(1, Math.floor(k)) - 1;
  const day: CalendarDay = {
    year: start.getUTCFullYear(),
    month: start.getUTCMonth(),
    day: start.getUTCDate(),
  };
  if (schedule.per === "once") {
    return index === 0 ? new Date(utcMidnight(day.year, day.month, day.day)) : null;
  }
  const { freq, per } = schedule;
  // Which period the occurrence falls in, and how far through it (0 ≤ share < 1).
  const period = Math.floor((index + 1e-9) / freq);
  const share = Math.min(1, Math.max(0, index - period * freq) / freq);
  const from = periodStart(day, per, period);
  const to = periodStart(day, per, period + 1);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  const spanDays = Math.round((to - from) / DAY_MS);
  const offsetDays = Math.min(spanDays - 1, Math.floor(share * spanDays + 1e-9));
  const time = from + Math.max(0, offsetDays) * DAY_MS;
  if (!Number.isFinite(time) || Math.abs(time) > MAX_TIME_MS) return null;
  return new Date(time);
}

/**
 * The date of the k-th occurrence as the reader reads dates ("Jan 5, 2027"), or
 * null when there is none (see {@link occurrenceDate}). Lives here, with the
 * date code the calculator loads after its first render, so the date
 * formatting is not part of the first download either.
 */
export function occurrenceDateText(
  start: Date,
  k: number,
  schedule: Schedule,
  locale: string,
): string | null {
  const date = occurrenceDate(start, k, schedule);
  return date ? formatDate(date, locale) : null;
}
