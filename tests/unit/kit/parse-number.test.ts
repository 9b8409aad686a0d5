import fc from "fast-check";
import { anyText } from "../support/any-text";
import { describe, expect, it } from "vitest";
import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import { MAX_NUMBER_INPUT_LENGTH, parseNumber } from "~/lib/number/parse-number";
import { HOSTILE_INPUTS } from "./hostile-inputs";

const LOCALES = ["en-US", "de-DE", "fr-FR", "en-IN"] as const;

/** The parsed number, or the error name, for compact tables. */
function read(text: string, locale: string): number | "empty" | "invalid" {
  const result = parseNumber(text, locale);
  return result.ok ? result.value : result.error;
}

describe("parseNumber", () => {
  it.each([
    ["", "en-US", "empty"],
    ["   ", "en-US", "empty"],
    ["\u00a0\u202f\t", "fr-FR", "empty"],
    ["42", "en-US", 42],
    ["  12.5  ", "en-US", 12.5],
    ["\u00a012.5\u202f", "en-US", 12.5],
    ["1,234.5", "en-US", 1234.5],
    ["1,234,567", "en-US", 1_234_567],
    ["1234567", "en-US", 1_234_567],
    ["1.234,5", "de-DE", 1234.5],
    ["12,5", "de-DE", 12.5],
    ["1.234.567", "de-DE", 1_234_567],
    ["1\u00a0234,5", "fr-FR", 1234.5],
    ["1\u202f234,5", "fr-FR", 1234.5],
    ["1 234,5", "fr-FR", 1234.5],
    ["12,34,567.5", "en-IN", 1_234_567.5],
    ["1,00,000", "en-IN", 100_000],
    ["1,234,567.5", "en-IN", 1_234_567.5],
    ["1'234.5", "de-CH", 1234.5],
    ["1\u2019234.5", "de-CH", 1234.5],
    ["١٢٫٥", "ar-EG", 12.5],
    [".5", "en-US", 0.5],
    ["5.", "en-US", 5],
    ["007", "en-US", 7],
    ["-12.5", "en-US", -12.5],
    ["\u221212,5", "sv-SE", -12.5],
  ])("reads %j in %s as %j", (text, locale, expected) => {
    expect(read(text, locale)).toBe(expected);
  });

  it.each([
    ["$1,200", "en-US", 1200],
    ["1,200$", "en-US", 1200],
    ["$ 1,200", "en-US", 1200],
    ["-$5", "en-US", -5],
    ["$-5", "en-US", -5],
    ["USD 12", "en-US", 12],
    ["12 usd", "en-US", 12],
    ["€12.50", "en-GB", 12.5],
    ["£3", "en-GB", 3],
    ["₹1,00,000", "en-IN", 100_000],
    ["¥500", "ja-JP", 500],
    ["1.200 €", "de-DE", 1200],
    ["12,50\u00a0€", "de-DE", 12.5],
    ["CHF-1'234", "de-CH", -1234],
    ["1 200 kr", "sv-SE", 1200],
    ["CA$15", "en-US", 15],
    ["15 $US", "fr-FR", 15],
  ])("accepts one currency marker: %j in %s is %j", (text, locale, expected) => {
    expect(read(text, locale)).toBe(expected);
  });

  it.each([
    ["1,5", "en-US"],
    ["1,23", "en-US"],
    ["1,2345", "en-US"],
    ["0,123", "en-US"],
    ["1,234,", "en-US"],
    ["12,34,567", "en-US"],
    ["1.234,5", "en-US"],
    ["1,234.5", "de-DE"],
    ["1.5.2", "de-DE"],
    ["1,23", "en-IN"],
    [",5", "en-US"],
    ["1 234", "en-US"],
    ["1,234 567", "fr-FR"],
    ["12,5", "en-GB"],
  ])(
    "refuses %j in %s, where the separators do not follow the locale",
    (text, locale) => {
      expect(read(text, locale)).toBe("invalid");
    },
  );

  it.each(["- 5", "-$-5", "$5 USD", "5 $ $", "+5", "(5)"])(
    "refuses %j, which has a stray sign or a second currency marker",
    (text) => {
      expect(read(text, "en-US")).toBe("invalid");
    },
  );

  describe("reads '.' in decimal-comma locales only where it cannot be grouping", () => {
    it.each([
      ["12.5", "de-DE", 12.5],
      ["12.50", "de-DE", 12.5],
      ["1.2345", "de-DE", 1.2345],
      // Exactly three digits after the dot is de's own grouping: 1.234 is 1234.
      ["1.234", "de-DE", 1234],
      ["12.5", "fr-FR", 12.5],
      ["0.75", "fr-FR", 0.75],
      // In fr, "1.234" could be 1234 (a German habit) or 1.234: refused.
      ["1.234", "fr-FR", "invalid"],
      // Mixed with the locale's own separators, a dot is never a decimal mark.
      ["1 234.5", "fr-FR", "invalid"],
      ["1,5.2", "de-DE", "invalid"],
      ["1.5.2", "fr-FR", "invalid"],
    ])("%j in %s is %j", (text, locale, expected) => {
      expect(read(text, locale)).toBe(expected);
    });
  });

  it.each(
    HOSTILE_INPUTS.map((text) => [
      text.length > 30 ? `${text.slice(0, 30)}…` : text,
      text,
    ]),
  )("refuses hostile input %j", (_label, text) => {
    expect(read(text, "en-US")).toBe("invalid");
    expect(read(text, "de-DE")).toBe("invalid");
  });

  it("reads -0 as plain 0, never negative zero", () => {
    for (const text of ["-0", "-0.0", "-0,00", "$-0", "-.0"]) {
      const value = read(text, text.includes(",") ? "de-DE" : "en-US");
      expect(Object.is(value, 0)).toBe(true);
    }
  });

  it(`refuses input longer than ${MAX_NUMBER_INPUT_LENGTH} characters, even with spaces`, () => {
    expect(read("9".repeat(MAX_NUMBER_INPUT_LENGTH), "en-US")).toBeGreaterThan(1e63);
    expect(read(`${"9".repeat(MAX_NUMBER_INPUT_LENGTH)} `, "en-US")).toBe("invalid");
  });

  it("refuses 100 KB of input, a hundred times over, without backtracking", () => {
    // No time is asserted: a pattern that backtracked on this input would not
    // return at all, and the test's time limit turns that into a failure.
    const huge = `${"1,".repeat(50_000)}5`;
    for (let i = 0; i < 100; i += 1) expect(read(huge, "en-US")).toBe("invalid");
  });

  it("falls back to en-US conventions for a malformed locale", () => {
    expect(read("1,234.5", "not a locale!")).toBe(1234.5);
  });

  it("gives back any number formatNumber printed, in en-US, de-DE, fr-FR and en-IN", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        // Above 1e-3 in size, the shortest exact form needs at most 20 decimals.
        fc
          .double({ min: -1e9, max: 1e9, noNaN: true })
          .filter((value) => value === 0 || Math.abs(value) >= 1e-3),
        (locale, value) => {
          const printed = formatNumber(value, locale, 20);
          expect(read(printed, locale)).toBe(value === 0 ? 0 : value);
        },
      ),
    );
  });

  it("gives back amounts formatMoney printed, in a dozen locales and every supported currency", () => {
    const locales = [
      "en-US",
      "en-GB",
      "de-DE",
      "fr-FR",
      "fr-CA",
      "en-IN",
      "de-CH",
      "sv-SE",
    ];
    const more = ["ja-JP", "nl-NL", "es-ES", "en-AU", "ar-EG"];
    const currencies = [
      "USD",
      "EUR",
      "GBP",
      "CAD",
      "AUD",
      "NZD",
      "INR",
      "CHF",
      "SEK",
      "JPY",
    ];
    for (const locale of [...locales, ...more]) {
      for (const currency of currencies) {
        expect(
          read(formatMoney(-1234, currency, locale), locale),
          `${currency} ${locale}`,
        ).toBe(-1234);
        // Yen has no minor unit, so 56.78 shows as 57.
        const small = currency === "JPY" ? 57 : 56.78;
        expect(
          read(formatMoney(56.78, currency, locale), locale),
          `${currency} ${locale}`,
        ).toBe(small);
      }
    }
  });

  it("never returns a non-finite number or -0, whatever the text", () => {
    const numberish = fc.string({
      unit: fc.constantFrom(..."0123456789.,-−' \u00a0\u202f$€e".split("")),
      maxLength: 24,
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), anyText(), numberish),
        fc.constantFrom(...LOCALES, "de-CH", "ar-EG"),
        (text, locale) => {
          const result = parseNumber(text, locale);
          if (result.ok) {
            expect(Number.isFinite(result.value)).toBe(true);
            expect(Object.is(result.value, -0)).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
