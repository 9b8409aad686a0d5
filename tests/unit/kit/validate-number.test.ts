import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney } from "~/lib/format/format-money";
import { MAX_NUMBER_INPUT_LENGTH } from "~/lib/number/parse-number";
import { validateNumber, type NumberRule } from "~/lib/number/validate-number";
import { HOSTILE_INPUTS } from "./hostile-inputs";

const MINUTES: NumberRule = { name: "Minutes to do it yourself", min: 1, max: 10_000 };
const COUNT: NumberRule = { name: "Times per week", min: 1, max: 100, integer: true };

function message(text: string, rule: NumberRule, locale = "en-US"): string | undefined {
  const result = validateNumber(text, rule, locale);
  return result.ok ? undefined : result.message;
}

describe("validateNumber", () => {
  it("accepts a number in range, grouped the locale's way", () => {
    expect(validateNumber(" 1,234 ", MINUTES, "en-US")).toEqual({
      ok: true,
      value: 1234,
    });
    expect(validateNumber("1.234,5", MINUTES, "de-DE")).toEqual({
      ok: true,
      value: 1234.5,
    });
  });

  it("accepts both bounds, which are inclusive", () => {
    expect(validateNumber("1", MINUTES, "en-US")).toEqual({ ok: true, value: 1 });
    expect(validateNumber("10000", MINUTES, "en-US")).toEqual({
      ok: true,
      value: 10_000,
    });
  });

  it("asks for the value, name lower-cased, when the field is empty", () => {
    expect(message("", MINUTES)).toBe("Enter minutes to do it yourself");
    expect(message("  ", MINUTES)).toBe("Enter minutes to do it yourself");
  });

  it("keeps the capitals of a name that starts with an initialism", () => {
    expect(message("", { name: "URL length", min: 0, max: 10 })).toBe("Enter URL length");
  });

  it("shows an example written the locale's way when the text is not a number", () => {
    expect(message("abc", MINUTES, "en-US")).toBe(
      "Minutes to do it yourself must be a number, like 12.5",
    );
    expect(message("abc", MINUTES, "de-DE")).toBe(
      "Minutes to do it yourself must be a number, like 12,5",
    );
  });

  it("says 1,5 in en is not a number rather than guessing 15 or 1.5", () => {
    expect(message("1,5", MINUTES, "en-US")).toBe(
      "Minutes to do it yourself must be a number, like 12.5",
    );
  });

  it("picks an example inside the range: 12 for whole numbers, else the middle of the range", () => {
    expect(message("x", COUNT)).toBe("Times per week must be a number, like 12");
    expect(message("x", { name: "Share", min: 0, max: 1 })).toBe(
      "Share must be a number, like 0.5",
    );
    // Middle of 100–200 is 150.
    expect(message("x", { name: "Hours", min: 100, max: 200, integer: true })).toBe(
      "Hours must be a number, like 150",
    );
  });

  it("gives the range with bounds formatted for the locale when out of range", () => {
    expect(message("99999", MINUTES)).toBe(
      "Minutes to do it yourself must be between 1 and 10,000",
    );
    expect(message("0", MINUTES, "de-DE")).toBe(
      "Minutes to do it yourself must be between 1 and 10.000",
    );
  });

  it("does not round a fractional bound in the message", () => {
    expect(message("1", { name: "Share", min: 0, max: 0.25 })).toBe(
      "Share must be between 0 and 0.25",
    );
  });

  it("formats bounds with formatBound when the field holds money", () => {
    const price: NumberRule = {
      name: "Price per task",
      min: 0,
      max: 10_000,
      formatBound: (value, locale) => formatMoney(value, "USD", locale),
    };
    expect(message("-5", price)).toBe("Price per task must be between $0.00 and $10,000");
  });

  it("tells a 100,000-digit entry it is too long, with the range to enter", () => {
    expect(message("9".repeat(100_000), MINUTES)).toBe(
      "Minutes to do it yourself is too long: it must be between 1 and 10,000",
    );
  });

  it("asks for a whole number when a fraction is given for a count", () => {
    expect(message("2.5", COUNT)).toBe("Times per week must be a whole number");
  });

  it("asks for the range before wholeness, since that alone leads to a valid entry", () => {
    expect(message("0.5", COUNT)).toBe("Times per week must be between 1 and 100");
  });

  it.each(
    HOSTILE_INPUTS.map((text) => [
      text.length > 30 ? `${text.slice(0, 30)}…` : text,
      text,
    ]),
  )(
    "answers hostile input %j with a how-to-fix message that does not repeat it",
    (_label, text) => {
      const shown = message(text, MINUTES);
      expect(shown).toBe(
        text.length > MAX_NUMBER_INPUT_LENGTH
          ? "Minutes to do it yourself is too long: it must be between 1 and 10,000"
          : "Minutes to do it yourself must be a number, like 12.5",
      );
    },
  );

  it("only ever accepts finite values inside the range, and whole ones for counts", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String)),
        fc.constantFrom("en-US", "de-DE", "fr-FR", "en-IN"),
        (text, locale) => {
          for (const rule of [MINUTES, COUNT]) {
            const result = validateNumber(text, rule, locale);
            if (result.ok) {
              expect(result.value).toBeGreaterThanOrEqual(rule.min);
              expect(result.value).toBeLessThanOrEqual(rule.max);
              if (rule.integer === true)
                expect(Number.isInteger(result.value)).toBe(true);
            } else {
              expect(result.message).not.toMatch(/NaN|Infinity|undefined/);
            }
          }
        },
      ),
      // Each run validates in a locale's formats twice; 100 keeps this well
      // under a second on a busy machine.
      { numRuns: 100 },
    );
  });
});
