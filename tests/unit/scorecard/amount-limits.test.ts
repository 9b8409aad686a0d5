import { describe, expect, it } from "vitest";
import { AMOUNT_LIMITS, validAmount } from "~/lib/scorecard/amount-limits";

describe("validAmount", () => {
  it("accepts quotes and hours above 0 up to their limits", () => {
    expect(validAmount(0.01, "quote")).toBe(0.01);
    expect(validAmount(AMOUNT_LIMITS.hours, "hours")).toBe(100_000);
    expect(validAmount(0, "quote")).toBeNull();
    expect(validAmount(AMOUNT_LIMITS.quote + 1, "quote")).toBeNull();
  });

  it("accepts 0 as the low end of a rate range, never -0", () => {
    expect(Object.is(validAmount(-0, "rate"), 0)).toBe(true);
    expect(validAmount(-1, "rate")).toBeNull();
  });

  it("refuses what is not a finite number", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, "12", null, undefined])
      expect(validAmount(value, "quote")).toBeNull();
  });
});
