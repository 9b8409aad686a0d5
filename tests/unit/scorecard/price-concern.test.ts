import { describe, expect, it } from "vitest";
import { priceConcernText } from "~/lib/scorecard/price-concern";

const range = (min: number | null, max: number | null, currency = "USD" as const) => ({
  rateRange: { min, max },
  currency,
});

describe("priceConcernText", () => {
  it("names a rate above the range, with the range and the currency", () => {
    expect(
      priceConcernText(
        { hourlyRate: 250, rateFlag: "above-range" },
        range(30, 60),
        "en-US",
      ),
    ).toBe("Price: about $250 an hour, above the range you expect ($30 to $60 an hour)");
  });

  it("names a rate below the range, and an open-ended range by its one end", () => {
    expect(
      priceConcernText(
        { hourlyRate: 12.5, rateFlag: "below-range" },
        range(30, null),
        "en-US",
      ),
    ).toBe(
      "Price: about $12.50 an hour, below the range you expect (at least $30 an hour)",
    );
    expect(
      priceConcernText(
        { hourlyRate: 90, rateFlag: "above-range" },
        range(null, 60),
        "en-US",
      ),
    ).toBe("Price: about $90 an hour, above the range you expect (at most $60 an hour)");
  });

  it("writes the amounts in the scorecard's currency, with the reader's digits", () => {
    expect(
      priceConcernText(
        { hourlyRate: 250, rateFlag: "above-range" },
        { rateRange: { min: 30, max: 60 }, currency: "EUR" },
        "de-DE",
      ),
    ).toBe(
      "Price: about 250\u00a0€ an hour, above the range you expect (30\u00a0€ to 60\u00a0€ an hour)",
    );
  });

  it("says nothing within the range, or without a rate", () => {
    expect(
      priceConcernText({ hourlyRate: 45, rateFlag: "in-range" }, range(30, 60), "en-US"),
    ).toBeNull();
    expect(
      priceConcernText({ hourlyRate: null, rateFlag: null }, range(30, 60), "en-US"),
    ).toBeNull();
  });
});
