import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CANONICAL_NUMBER,
  fromCanonicalNumber,
  MAX_CANONICAL_LENGTH,
  toCanonicalNumber,
} from "~/lib/url/canonical-number";

describe("toCanonicalNumber", () => {
  it.each([
    [12.5, "12.5"],
    [1234567, "1234567"],
    [-3, "-3"],
    [-0, "0"],
    [1e-7, "0"],
    [0.000001, "0.000001"],
    // 2/3 rounds to six decimals.
    [2 / 3, "0.666667"],
    [1e9, "1000000000"],
  ])("writes %d as %j", (value, expected) => {
    expect(toCanonicalNumber(value)).toBe(expected);
  });

  it("always writes the canonical shape within ±1e9, short enough to read back", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        const text = toCanonicalNumber(value);
        expect(text).toMatch(CANONICAL_NUMBER);
        expect(text.length).toBeLessThanOrEqual(MAX_CANONICAL_LENGTH);
        expect(text).not.toBe("-0");
      }),
    );
  });
});

describe("fromCanonicalNumber", () => {
  it("reads plain decimals", () => {
    expect(fromCanonicalNumber("12.5")).toBe(12.5);
    expect(fromCanonicalNumber("-3")).toBe(-3);
  });

  it("reads -0 as plain 0", () => {
    expect(Object.is(fromCanonicalNumber("-0"), 0)).toBe(true);
  });

  it.each([
    "",
    "1e3",
    "1,5",
    "1_000",
    " 1",
    "+1",
    ".5",
    "5.",
    "0x1",
    "Infinity",
    "1".repeat(21),
  ])("refuses %j", (text) => {
    expect(fromCanonicalNumber(text)).toBeNull();
  });
});
