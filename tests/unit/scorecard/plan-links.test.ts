import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakEvenCodec } from "~/lib/break-even/url-codec";
import { contractorInFragment } from "~/lib/onboarding/contractor-fragment";
import { cleanContractor } from "~/lib/onboarding/saved-state";
import { AMOUNT_LIMITS } from "~/lib/scorecard/amount-limits";
import {
  CALCULATOR_LIMITS,
  calculatorPlanLink,
  onboardingPlanLink,
  planFigures,
} from "~/lib/scorecard/plan-links";
import { HOSTILE_INPUTS } from "../kit/hostile-inputs";

const PAGE = "https://handoff.example/";
const decode = (href: string) => breakEvenCodec.decode(new URL(href, PAGE).searchParams);

describe("planFigures", () => {
  it("turns a quote for the job into the price each time, and the job's hours into minutes", () => {
    expect(planFigures({ quote: 450, hours: 6 }, "GBP")).toEqual({
      do: 360,
      price: 450,
      cur: "GBP",
    });
  });

  it("leaves the time at the calculator's default when the hours are unknown", () => {
    expect(planFigures({ quote: 80, hours: null }, "USD")).toEqual({
      price: 80,
      cur: "USD",
    });
  });

  it("leaves the time out when the job's hours are beyond what the calculator takes", () => {
    // 10,000 minutes is the calculator's most; 200 hours is 12,000.
    expect(planFigures({ quote: 5000, hours: 200 }, "USD")).toEqual({
      price: 5000,
      cur: "USD",
    });
    expect(planFigures({ quote: 5000, hours: 10_000 / 60 }, "USD")?.do).toBe(10_000);
    // Under a minute rounds to less than the calculator's least.
    expect(planFigures({ quote: 5, hours: 0.001 }, "USD")).toEqual({
      price: 5,
      cur: "USD",
    });
  });

  it("rounds the price to cents", () => {
    expect(planFigures({ quote: 99.999, hours: 1 }, "USD")?.price).toBe(100);
    expect(planFigures({ quote: 0.004, hours: 1 }, "USD")?.price).toBe(0);
  });

  it("has no figures without a quote, or with one beyond the calculator's price limit", () => {
    expect(planFigures({ quote: null, hours: 3 }, "USD")).toBeNull();
    expect(planFigures({ quote: 1_000_000.01, hours: 3 }, "USD")).toBeNull();
    expect(planFigures({ quote: Number.NaN, hours: 3 }, "USD")).toBeNull();
    expect(planFigures({ quote: -5, hours: 3 }, "USD")).toBeNull();
  });
});

describe("calculatorPlanLink", () => {
  it("says what to fill in when the card has no quote", () => {
    const link = calculatorPlanLink({ quote: null, hours: 4 }, "Priya", "USD");
    expect(link).toEqual({
      missing: "Enter Priya's quote in the price check to open the calculator with it.",
    });
  });

  it("says the quote is too large for the calculator rather than linking a figure it would refuse", () => {
    const link = calculatorPlanLink(
      { quote: AMOUNT_LIMITS.quote, hours: 4 },
      "Priya",
      "USD",
    );
    expect("missing" in link && link.missing).toMatch(/more than the calculator takes/);
  });

  it("writes links the calculator's codec reads to the candidate's figures, for any quote and hours the scorecard holds", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: CALCULATOR_LIMITS.price.max, noNaN: true }),
        fc.option(
          fc.double({ min: Number.MIN_VALUE, max: AMOUNT_LIMITS.hours, noNaN: true }),
        ),
        (quote, hours) => {
          const link = calculatorPlanLink({ quote, hours }, "A", "EUR");
          expect("href" in link).toBe(true);
          if (!("href" in link)) return;
          const decoded = decode(link.href);
          expect(decoded.notices).toEqual([]);
          expect(decoded.values.price).toBeCloseTo(quote, 2);
          expect(decoded.values.cur).toBe("EUR");
          const minutes = hours === null ? null : Math.round(hours * 6000) / 100;
          if (minutes !== null && minutes >= 1 && minutes <= 10_000)
            expect(decoded.values.do).toBe(minutes);
          else expect(decoded.values.do).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("onboardingPlanLink", () => {
  const nameIn = (href: string) => {
    const url = new URL(href, PAGE);
    expect(url.search).toBe("");
    expect(url.pathname).toBe("/tools/onboarding/");
    return contractorInFragment(url.hash);
  };

  it("puts the name in the fragment, never in the query string", () => {
    const link = onboardingPlanLink("Priya Shah");
    expect("href" in link && nameIn(link.href)).toBe("Priya Shah");
  });

  it("carries hostile names as plain text that the checklist reads back unchanged", () => {
    for (const name of [
      ...HOSTILE_INPUTS,
      "Zoë & Co #1 = best?",
      "a+b%20c",
      "Ana\u202eevil\u200b",
      "line\nbreak",
      "😀".repeat(40),
    ]) {
      const link = onboardingPlanLink(name);
      if (!("href" in link)) throw new Error("no link");
      const read = nameIn(link.href);
      if (read === null) {
        expect(name.replace(/[\s\u200b\u202e]/g, "")).toBe("");
        continue;
      }
      expect(read).not.toMatch(/[\u202e\u200b\n]/);
      expect(read.length).toBeLessThanOrEqual(60);
      // What the checklist keeps is what the link carried.
      expect(cleanContractor(read)).toBe(read);
    }
  });

  it("gives the plain checklist for a blank name", () => {
    expect(onboardingPlanLink("   ")).toEqual({ href: "/tools/onboarding/" });
  });

  it("round-trips any name through the fragment", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => {
        const link = onboardingPlanLink(name);
        if (!("href" in link)) throw new Error("no link");
        const read = nameIn(link.href);
        if (read !== null) expect(cleanContractor(read)).toBe(read);
      }),
      { numRuns: 200 },
    );
  });
});
