import { describe, expect, it } from "vitest";
import { rateFlagText } from "~/lib/scorecard/rate-flag-text";

describe("rateFlagText", () => {
  it("warns that the lowest bid is seldom the best when the rate is below the range", () => {
    expect(rateFlagText("below-range")).toMatch(
      /^Below the range you expect\..*seldom the best/,
    );
  });

  it("asks what the extra buys when the rate is above the range", () => {
    expect(rateFlagText("above-range")).toMatch(/^Above the range you expect\./);
  });

  it("confirms a rate within the range", () => {
    expect(rateFlagText("in-range")).toBe("Within the range you expect.");
  });

  it("says nothing when there is no rate or no range", () => {
    expect(rateFlagText(null)).toBeNull();
  });
});
