import type { BreakEvenResult } from "./model";
import { noNegativeZero } from "./no-negative-zero";

/** Cumulative cost of both options after k occurrences, in the series' unit. */
export interface CostPoint {
  /** Occurrences so far (0 is the moment before the first one). */
  k: number;
  /** Cumulative cost of doing it yourself. */
  yourself: number;
  /** Cumulative cost of delegating, hand-over included. */
  delegated: number;
}

/**
 * The unit a series is drawn in: money when the reader values their time,
 * minutes when `value` is 0 (money would then show only the price, a flat
 * line at 0 against a rising one, which says nothing about time).
 */
export type CostUnit = "money" | "minutes";

/** The data for the cumulative cost chart; the view draws it. */
export interface CostSeries {
  /** What the y values count. */
  unit: CostUnit;
  /** Evenly spaced points from k = 0 to the chart's end, ascending; at most `COST_SERIES_MAX_POINTS`. */
  points: CostPoint[];
  /** The point at the end of the horizon (k = n), for a "your horizon" marker. */
  horizon: CostPoint;
  /**
   * The break-even count in this unit (money or time break-even), whether or
   * not the chart reaches it; null when delegating never catches up.
   */
  breakEven: number | null;
  /** The point where delegating catches up (k = breakEven), or null when it is off the chart or never happens. */
  crossover: CostPoint | null;
}

/** Most points in a series, enough for a smooth chart and a short text alternative. */
export const COST_SERIES_MAX_POINTS = 60;

/**
 * The chart runs past the horizon to show a later crossover only while the
 * crossover is within this many horizons (or within `COST_SERIES_MAX_POINTS`
 * occurrences); further out, the horizon would shrink to a sliver at the left.
 */
const MAX_STRETCH = 10;

/**
 * Cumulative cost over occurrences for doing it yourself and for delegating,
 * as chart data: both lines start at k = 0 (delegating starts at the hand-over
 * cost) and are straight, so evenly spaced whole-k points draw them exactly.
 *
 * The chart spans the horizon: its n occurrences, so a one-off shows its one
 * time and nothing beyond it, and a crossover after the horizon is not marked,
 * agreeing with a verdict that it does not pay back. Only when the verdict is
 * "delegate only if it keeps coming up" does the chart run on, a fifth past the
 * crossover the verdict names, so the reader sees the lines cross after the
 * horizon's marker. In money, cost is time valued at `value` plus the price;
 * in minutes (value 0), it is your own time only.
 */
export function costSeries(result: BreakEvenResult): CostSeries {
  const { inputs, n } = result;
  const unit: CostUnit = inputs.value > 0 ? "money" : "minutes";
  const at = (k: number): CostPoint =>
    unit === "money"
      ? {
          k,
          yourself: noNegativeZero(k * result.yourselfCostPerOccurrence),
          delegated: noNegativeZero(
            result.setupCost + k * result.delegatedCostPerOccurrence,
          ),
        }
      : {
          k,
          yourself: noNegativeZero(k * inputs.do),
          delegated: noNegativeZero(inputs.setup + k * inputs.review),
        };
  const breakEven = unit === "money" ? result.moneyBreakEven : result.timeBreakEven;

  let span = n;
  if (
    result.verdict.kind === "delegate-if-repeats" &&
    breakEven !== null &&
    breakEven > n &&
    breakEven <= Math.max(MAX_STRETCH * n, COST_SERIES_MAX_POINTS)
  ) {
    span = Math.max(breakEven + 1, Math.ceil(breakEven * 1.2));
  }
  // Whole counts from 0 to exactly `span`, evenly spread.
  const intervals = Math.min(span, COST_SERIES_MAX_POINTS - 1);
  const points: CostPoint[] = [];
  for (let i = 0; i <= intervals; i++)
    points.push(at(Math.round((i * span) / intervals)));

  return {
    unit,
    points,
    horizon: at(n),
    breakEven,
    crossover: breakEven !== null && breakEven <= span ? at(breakEven) : null,
  };
}
