import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COST_SERIES_MAX_POINTS, costSeries } from "~/lib/break-even/cost-series";
import { DEFAULT_INPUTS, type BreakEvenInputs } from "~/lib/break-even/inputs";
import { computeBreakEven } from "~/lib/break-even/model";
import { anyInputs, typedInputs } from "./inputs-arbitrary";

const seriesFor = (changes: Partial<BreakEvenInputs>) =>
  costSeries(computeBreakEven({ ...DEFAULT_INPUTS, ...changes }));

describe("costSeries", () => {
  it("draws the defaults in money, every 2nd occurrence up to the 104 of the horizon (53 points)", () => {
    const series = seriesFor({});
    expect(series.unit).toBe("money");
    // ceil(104 / 59) = 2 occurrences per step: k = 0, 2, …, 104.
    expect(series.points).toHaveLength(53);
    expect(series.points[0]).toEqual({ k: 0, yourself: 0, delegated: 120 });
    expect(series.points.at(-1)).toEqual({ k: 104, yourself: 3120, delegated: 2200 });
    expect(series.horizon).toEqual({ k: 104, yourself: 3120, delegated: 2200 });
  });

  it("marks the crossover of the defaults at 12 (12 × 30 = 360 = 120 + 12 × 20)", () => {
    const series = seriesFor({});
    expect(series.breakEven).toBe(12);
    expect(series.crossover).toEqual({ k: 12, yourself: 360, delegated: 360 });
  });

  it("draws minutes when the hour is valued at 0, crossing at the time break-even (5 × 30 = 150 ≥ 120 + 5 × 5)", () => {
    const series = seriesFor({ value: 0, price: 0 });
    expect(series.unit).toBe("minutes");
    expect(series.points[1]).toEqual({ k: 2, yourself: 60, delegated: 130 });
    expect(series.crossover).toEqual({ k: 5, yourself: 150, delegated: 145 });
  });

  it("stretches a one-off's chart past its crossover at 9 (45 setup ÷ (20 − 15) per occurrence) to 11", () => {
    const series = seriesFor({ do: 20, per: "once", setup: 45, review: 5, price: 10 });
    expect(series.horizon.k).toBe(1);
    // max(9 + 1, ceil(9 × 1.2)) = 11, one occurrence per step.
    expect(series.points.map((point) => point.k)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(series.crossover).toEqual({ k: 9, yourself: 180, delegated: 180 });
  });

  it("stops at the horizon when the crossover is too far off to draw, but still reports it", () => {
    // One a year, 6,000 setup minutes ÷ 10 saved = 600 occurrences: 600 years away.
    const series = seriesFor({
      do: 10,
      freq: 1,
      per: "year",
      setup: 6000,
      review: 0,
      price: 0,
    });
    expect(series.breakEven).toBe(600);
    expect(series.crossover).toBeNull();
    expect(series.points.at(-1)?.k).toBe(4);
  });

  it("has no crossover when review takes as long as doing it", () => {
    const series = seriesFor({ review: 30 });
    expect(series.breakEven).toBeNull();
    expect(series.crossover).toBeNull();
  });

  it("keeps between 5 and COST_SERIES_MAX_POINTS evenly spaced points from 0 past the horizon", () => {
    fc.assert(
      fc.property(fc.oneof(typedInputs, anyInputs), (inputs) => {
        const result = computeBreakEven(inputs);
        const { points } = costSeries(result);
        expect(points.length).toBeGreaterThanOrEqual(5);
        expect(points.length).toBeLessThanOrEqual(COST_SERIES_MAX_POINTS);
        expect(points[0]?.k).toBe(0);
        expect(points.at(-1)!.k).toBeGreaterThanOrEqual(result.n);
        const step = points[1]!.k - points[0]!.k;
        points.forEach((point, index) => expect(point.k).toBe(index * step));
      }),
    );
  });

  it("puts the crossover where delegating has cost no more than doing it yourself", () => {
    fc.assert(
      fc.property(typedInputs, (inputs) => {
        const { crossover, breakEven } = costSeries(computeBreakEven(inputs));
        if (crossover === null) return;
        expect(crossover.k).toBe(breakEven);
        expect(crossover.delegated).toBeLessThanOrEqual(crossover.yourself);
      }),
    );
  });

  it("returns only finite numbers and never -0", () => {
    fc.assert(
      fc.property(anyInputs, (inputs) => {
        const series = costSeries(computeBreakEven(inputs));
        const all = [
          ...series.points,
          series.horizon,
          ...(series.crossover ? [series.crossover] : []),
        ];
        for (const point of all) {
          for (const x of [point.k, point.yourself, point.delegated]) {
            expect(Number.isFinite(x)).toBe(true);
            expect(Object.is(x, -0)).toBe(false);
          }
        }
      }),
    );
  });
});
