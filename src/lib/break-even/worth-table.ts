import { FIELD_LIMITS, type Period } from "./inputs";
import { occurrencesOverHorizon } from "./occurrences";

/** One row of the "is it worth the time" table: a way a task might recur. */
export interface WorthTableFrequency {
  /** Stable id, for keys and test names. */
  id: string;
  /** Row heading, e.g. "Every workday". */
  label: string;
  /** Count per period. */
  freq: number;
  /** The period; the table has no one-off row, since nothing repeats to pay setup back. */
  per: Exclude<Period, "once">;
}

/** The table's rows, most frequent first: every workday, weekly, monthly, yearly. */
export const WORTH_TABLE_FREQUENCIES: readonly WorthTableFrequency[] = [
  { id: "workdays", label: "Every workday", freq: 5, per: "week" },
  { id: "weekly", label: "Once a week", freq: 1, per: "week" },
  { id: "monthly", label: "Once a month", freq: 1, per: "month" },
  { id: "yearly", label: "Once a year", freq: 1, per: "year" },
];

/** The table's columns: minutes saved on each occurrence. */
export const WORTH_TABLE_MINUTES_SAVED: readonly number[] = [1, 5, 15, 30, 60, 120];

/** A computed row: the frequency, its occurrences over the horizon and one cell per column. */
export interface WorthTableRow {
  frequency: WorthTableFrequency;
  /** Occurrences over the horizon at this frequency. */
  occurrences: number;
  /**
   * Per column of `WORTH_TABLE_MINUTES_SAVED`, in the same order: the most
   * minutes of setup worth investing over the horizon (saved × occurrences).
   */
  setupMinutes: number[];
}

/** The whole table for one horizon, ready to render. */
export interface WorthTable {
  /** The horizon the cells are worked out over, in whole months. */
  months: number;
  /** Column headings: minutes saved per occurrence. */
  minutesSaved: readonly number[];
  /** One row per entry of `WORTH_TABLE_FREQUENCIES`, in the same order. */
  rows: WorthTableRow[];
}

/**
 * The "is it worth the time" table: for each frequency and each number of
 * minutes saved per occurrence, the most one-time setup (in minutes) that is
 * paid back within `months`. Spend less than a cell's minutes on handing a task
 * over and it saves time overall.
 *
 * `months` is clamped to the horizon field's range and rounded, as the
 * calculator does; pass the calculator's `inputs.months`.
 */
export function worthTable(months: number): WorthTable {
  const limit = FIELD_LIMITS.months;
  const horizon = Number.isFinite(months)
    ? Math.min(limit.max, Math.max(limit.min, Math.round(months)))
    : limit.default;
  return {
    months: horizon,
    minutesSaved: WORTH_TABLE_MINUTES_SAVED,
    rows: WORTH_TABLE_FREQUENCIES.map((frequency) => {
      const occurrences = occurrencesOverHorizon({ ...frequency, months: horizon });
      return {
        frequency,
        occurrences,
        setupMinutes: WORTH_TABLE_MINUTES_SAVED.map((saved) => saved * occurrences),
      };
    }),
  };
}
