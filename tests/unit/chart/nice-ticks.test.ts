import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { niceTicks } from "~/lib/chart/nice-ticks";

describe("niceTicks", () => {
  it("steps by round numbers: max 930 in about 4 ticks gives 0, 200 … 1,000", () => {
    expect(niceTicks(930, 4)).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it("falls back to 0 and 1 for a zero, negative or non-finite max", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(-5)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });

  it("always starts at 0, rises evenly and reaches the max", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e9, noNaN: true }), (max) => {
        const ticks = niceTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
        expect(ticks.length).toBeLessThanOrEqual(12);
        expect(ticks.every(Number.isFinite)).toBe(true);
      }),
    );
  });
});
