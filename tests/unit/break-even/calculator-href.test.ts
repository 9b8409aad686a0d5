import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculatorHref, CALCULATOR_PATH } from "~/lib/break-even/calculator-href";
import { FIELD_LIMITS, PERIODS } from "~/lib/break-even/inputs";
import { breakEvenCodec } from "~/lib/break-even/url-codec";
import { SUPPORTED_CURRENCIES } from "~/lib/format/default-currency";

const PAGE = "https://handoff.example/";
const twoDecimals = (x: number) => Math.round(x * 100) / 100 + 0;
const inRange = (field: keyof typeof FIELD_LIMITS) => {
  const { min, max, integer } = FIELD_LIMITS[field];
  return integer
    ? fc.integer({ min, max })
    : fc
        .double({ min, max, noNaN: true })
        .map(twoDecimals)
        .filter((x) => x >= min && x <= max);
};

describe("calculatorHref", () => {
  it("opens the calculator page with the version first and only the figures given", () => {
    const url = new URL(calculatorHref({ price: 120, cur: "EUR" }), PAGE);
    expect(url.pathname).toBe(CALCULATOR_PATH);
    expect([...url.searchParams.keys()]).toEqual(["v", "price", "cur"]);
  });

  it("writes links the calculator's own codec reads back to the same figures, without notices", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            do: inRange("do"),
            freq: inRange("freq"),
            per: fc.constantFrom(...PERIODS),
            price: inRange("price"),
            value: inRange("value"),
            cur: fc.constantFrom(...SUPPORTED_CURRENCIES),
          },
          { requiredKeys: [] },
        ),
        (figures) => {
          const decoded = breakEvenCodec.decode(
            new URL(calculatorHref(figures), PAGE).searchParams,
          );
          expect(decoded.notices).toEqual([]);
          expect(decoded.values).toEqual(figures);
        },
      ),
      { numRuns: 200 },
    );
  });
});
