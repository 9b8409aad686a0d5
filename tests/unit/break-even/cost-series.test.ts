import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COST_SERIES_MAX_POINTS, costSeries } from "~/lib/break-even/cost-series";
import { DEFAULT_INPUTS, type BreakEvenInputs } from "~/lib/break-even/inputs";
import { computeBreakEven } from "~/lib/break-even/model";
import { anyInputs, typedInputs } from "./inputs-arbitrary";

const seriesFor = (changes: Partial<BreakEvenInputs>) =>
  costSeries(computeBreakEven({ ...DEFAULT_INPUTS, ...changes }));

describe("costSeries", () => {
  it("draws the defaults in money, in 59 steps up to the 104 of the horizon (60 points)", () => {
    const series = seriesFor({});
    expect(series.unit).toBe("money");
    // k = round(i × 104 / 59) for i = 0 … 59.
    expect(series.points).toHaveLength(60);
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

  it("ends a one-off's chart at its one time, with no crossover, though it would pay back at 9", () => {
    // 45 setup ÷ (20 − 15) saved per occurrence = 9: beyond the one time there is.
    const series = seriesFor({ do: 20, per: "once", setup: 45, review: 5, price: 10 });
    expect(series.horizon.k).toBe(1);
    expect(series.breakEven).toBe(9);
    expect(series.points.map((point) => point.k)).toEqual([0, 1]);
    expect(series.crossover).toBeNull();
  });

  it("runs past the horizon to the crossover only when the verdict is to delegate if it keeps coming up", () => {
    // Monthly, 3 months: n = 3. Money: 120 + k × 20 ≤ 30k from k = 12, 9 months in.
    const series = seriesFor({ freq: 1, per: "month", months: 3 });
    expect(
      computeBreakEven({ ...DEFAULT_INPUTS, freq: 1, per: "month", months: 3 }).verdict
        .kind,
    ).toBe("delegate-if-repeats");
    expect(series.horizon.k).toBe(3);
    // max(12 + 1, ceil(12 × 1.2)) = 15, one occurrence per step.
    expect(series.points.at(-1)!.k).toBe(15);
    expect(series.crossover).toEqual({ k: 12, yourself: 360, delegated: 360 });
  });

  it("stops at the horizon when the verdict is do it yourself, however near the crossover", () => {
    // Once a year over 12 months (n = 1) at 1,000 setup: pays back only after 50 years.
    const series = seriesFor({ freq: 1, per: "year", setup: 1000 });
    expect(series.points.map((point) => point.k)).toEqual([0, 1]);
    expect(series.crossover).toBeNull();
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
    expect(series.points.at(-1)?.k).toBe(1);
  });

  it("has no crossover when review takes as long as doing it", () => {
    const series = seriesFor({ review: 30 });
    expect(series.breakEven).toBeNull();
    expect(series.crossover).toBeNull();
  });

  it("keeps at most COST_SERIES_MAX_POINTS rising whole counts from 0, ending at the horizon unless the verdict names a later pay-back", () => {
    fc.assert(
      fc.property(fc.oneof(typedInputs, anyInputs), (inputs) => {
        const result = computeBreakEven(inputs);
        const { points, crossover } = costSeries(result);
        expect(points.length).toBeGreaterThanOrEqual(2);
        expect(points.length).toBeLessThanOrEqual(COST_SERIES_MAX_POINTS);
        expect(points[0]?.k).toBe(0);
        points.slice(1).forEach((point, i) => {
          expect(Number.isInteger(point.k)).toBe(true);
          expect(point.k).toBeGreaterThan(points[i]!.k);
        });
        if (result.verdict.kind === "delegate-if-repeats") {
          expect(points.at(-1)!.k).toBeGreaterThanOrEqual(result.n);
        } else {
          expect(points.at(-1)!.k).toBe(result.n);
          if (crossover) expect(crossover.k).toBeLessThanOrEqual(result.n);
        }
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
