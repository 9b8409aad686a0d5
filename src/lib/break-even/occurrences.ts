import type { BreakEvenInputs } from "./inputs";

/** How often a task comes up: a count per period, or a single time. */
export type Schedule = Pick<BreakEvenInputs, "freq" | "per">;

/** A schedule judged over a horizon of whole months. */
export type ScheduleOverHorizon = Pick<BreakEvenInputs, "freq" | "per" | "months">;

/** Weeks in a year, used for the "a week" period: 52 weeks make 12 months. */
const WEEKS_PER_YEAR = 52;

/**
 * How many times the task happens over the horizon, as a whole number.
 *
 * week: freq × 52/12 × months, month: freq × months, year: freq × months/12,
 * once: 1. The count is rounded down but never below 1: if the reader says the
 * task happens, at least one occurrence falls within the horizon.
 *
 * Multiplying before dividing keeps whole inputs exact (3 a week over 12
 * months is 156, not 155.99…); the tiny tolerance only matters for
 * fractional counts, which `normalizeInputs` never lets through.
 */
export function occurrencesOverHorizon(schedule: ScheduleOverHorizon): number {
  const { freq, per, months } = schedule;
  let exact: number;
  switch (per) {
    case "once":
      return 1;
    case "week":
      exact = (freq * WEEKS_PER_YEAR * months) / 12;
      break;
    case "month":
      exact = freq * months;
      break;
    case "year":
      exact = (freq * months) / 12;
      break;
  }
  return Math.max(1, Math.floor(exact + 1e-9));
}

/**
 * The fewest whole months (at least 1) over which the schedule reaches `count`
 * occurrences, or null when it never does (a one-off task asked for more than
 * one occurrence). Used to say how long a break-even takes at this pace.
 */
export function monthsToReach(count: number, schedule: Schedule): number | null {
  const target = Math.max(1, Math.ceil(count));
  if (schedule.per === "once") return target <= 1 ? 1 : null;
  const reaches = (months: number): boolean =>
    occurrencesOverHorizon({ ...schedule, months }) >= target;
  const perMonth =
    schedule.per === "week"
      ? (schedule.freq * WEEKS_PER_YEAR) / 12
      : schedule.per === "month"
        ? schedule.freq
        : schedule.freq / 12;
  let months = Math.max(1, Math.ceil(target / perMonth));
  // Beyond exact integers a month more or less cannot be told apart anyway.
  if (!Number.isSafeInteger(months)) return months;
  // The estimate can be off by one through rounding; settle on the exact answer.
  while (months > 1 && reaches(months - 1)) months -= 1;
  while (!reaches(months)) months += 1;
  return months;
}
