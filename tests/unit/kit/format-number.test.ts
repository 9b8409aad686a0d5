import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "~/lib/format/format-number";

describe("formatNumber", () => {
  it.each([
    [12345.5, "en-US", "12,345.5"],
    [12345.5, "de-DE", "12.345,5"],
    [12345.5, "fr-FR", "12\u202f345,5"],
    [1234567, "en-IN", "12,34,567"],
    [42, "en-US", "42"],
  ])("writes %d in %s as %j", (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });

  it("keeps one decimal by default and drops trailing zeros", () => {
    // 1.25 is exact in binary, so it rounds half away from zero to 1.3.
    expect(formatNumber(1.25, "en-US")).toBe("1.3");
    expect(formatNumber(2.0, "en-US")).toBe("2");
  });

  it("keeps as many decimals as asked", () => {
    expect(formatNumber(Math.PI, "en-US", 3)).toBe("3.142");
    expect(formatNumber(Math.PI, "en-US", 0)).toBe("3");
  });

  it("prints an em dash instead of NaN or Infinity", () => {
    expect(formatNumber(Number.NaN, "en-US")).toBe("—");
    expect(formatNumber(Number.POSITIVE_INFINITY, "en-US")).toBe("—");
    expect(formatNumber(Number.NEGATIVE_INFINITY, "de-DE")).toBe("—");
  });

  it("never prints -0, even for small negatives that round to zero", () => {
    expect(formatNumber(-0, "en-US")).toBe("0");
    expect(formatNumber(-0.01, "en-US")).toBe("0");
    expect(formatNumber(-0.4, "en-US", 0)).toBe("0");
    expect(formatNumber(-0.06, "en-US")).toBe("-0.1");
  });

  it("uses en-US conventions for a malformed locale instead of throwing", () => {
    expect(formatNumber(1234.5, "not a locale!")).toBe("1,234.5");
  });

  it("treats a nonsense digit count as the default of one", () => {
    expect(formatNumber(1.26, "en-US", Number.NaN)).toBe("1.3");
    expect(formatNumber(1.26, "en-US", -3)).toBe("1");
  });

  it("only prints a minus sign when a nonzero digit follows, and never NaN", () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom("en-US", "de-DE", "fr-FR", "en-IN", "sv-SE"),
        fc.integer({ min: 0, max: 4 }),
        (value, locale, digits) => {
          const text = formatNumber(value, locale, digits);
          expect(text).not.toMatch(/NaN|Infinity|∞|undefined/);
          if (/^[-\u2212]/.test(text)) expect(text).toMatch(/[1-9]/);
        },
      ),
    );
  });
});
