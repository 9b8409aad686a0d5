// The calculator's acceptance figures against cases worked out by hand: a
// weekly, a monthly, a one-off and a zero-value task. The sums in the comments
// are done on paper from the definitions in DESIGN.md, not from the model's
// code: n occurrences; time: setup + k × review ≤ k × do; money, valuing a
// minute at value/60: setup × v + k × (price + review × v) ≤ k × do × v.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { costSeries } from "~/lib/break-even/cost-series";
import type { BreakEvenInputs } from "~/lib/break-even/inputs";
import { computeBreakEven } from "~/lib/break-even/model";
import { resultFigures } from "~/lib/break-even/result-figures";
import { verdictText } from "~/lib/break-even/verdict-text";
import { VERDICT_REASONS } from "~/lib/break-even/verdict-reasons";
import { typedInputs } from "./inputs-arbitrary";

/** Everything a reader reads for these inputs: verdict, reason and figures. */
function words(inputs: BreakEvenInputs) {
  const result = computeBreakEven(inputs);
  const verdict = verdictText(result, "USD", "en-US", VERDICT_REASONS);
  const figures = Object.fromEntries(
    resultFigures(result, {
      currency: "USD",
      locale: "en-US",
      dateOf: null,
      words: VERDICT_REASONS,
    }).map((f) => [f.label, f.value]),
  );
  return {
    result,
    verdict,
    figures,
    all: [verdict.headline, verdict.reason, ...Object.entries(figures).flat()].join(" "),
  };
}

describe("a weekly task (the issue's link: 60 minutes weekly, 120 to hand over, 10 to check, $25, $60 an hour)", () => {
  const inputs: BreakEvenInputs = {
    do: 60,
    freq: 1,
    per: "week",
    months: 12,
    setup: 120,
    review: 10,
    price: 25,
    value: 60,
  };
  const { result, verdict, figures } = words(inputs);

  it("counts 52 times in 12 months (1 × 52 weeks)", () => {
    expect(result.n).toBe(52);
  });

  it("breaks even in time after 3 runs (120 + 10k ≤ 60k: k ≥ 2.4; at 2, 140 > 120)", () => {
    expect(result.timeBreakEven).toBe(3);
  });

  it("breaks even in money after 5 runs ($1 a minute: 120 + 35k ≤ 60k: k ≥ 4.8; at 4, 260 > 240)", () => {
    expect(result.moneyBreakEven).toBe(5);
  });

  it("gives back 41.33 hours (52 × 60 = 3,120 against 120 + 52 × 10 = 640: 2,480 minutes)", () => {
    expect(result.hoursBack).toBeCloseTo(2480 / 60, 10);
  });

  it("nets $1,180 (3,120 against 120 + 52 × 35 = 1,940)", () => {
    expect(result.netValue).toBeCloseTo(1180, 9);
  });

  it("buys each hour back for $30 ($25 for 50 minutes)", () => {
    expect(result.pricePerHourBack).toBeCloseTo(30, 10);
  });

  it("flips at $47.69 a time (52 × (p + 10) + 120 ≤ 3,120: p ≤ 47.692, rounded down)", () => {
    expect(result.whatFlips.price).toBe(47.69);
  });

  it("flips at 32 minutes of checking, not 33 (52 × (25 + r) + 120 ≤ 3,120: r ≤ 32.69; at 33 it costs $16 more)", () => {
    expect(result.whatFlips.review).toBe(32);
    expect(computeBreakEven({ ...inputs, review: 32 }).netValue).toBeGreaterThanOrEqual(
      0,
    );
    expect(computeBreakEven({ ...inputs, review: 33 }).netValue).toBeCloseTo(-16, 9);
  });

  it("gives time back up to 57 minutes of checking whatever the price (120 + 52r ≤ 3,120: r ≤ 57.69)", () => {
    expect(result.whatFlips.reviewForTime).toBe(57);
  });

  it("says so in words, each limit on the safe side", () => {
    expect(verdict.headline).toBe("Delegate it");
    expect(figures["What would flip it"]).toBe(
      "Delegating still pays at up to $47.69 a time or up to 32 minutes of your checking each time; whatever the price, you get time back with up to 57 minutes of your checking each time.",
    );
    expect(figures["Over 12 months (52 times)"]).toBe(
      "you get back 41.3 hours, worth $1,180 net",
    );
  });
});

describe("a monthly task (bookkeeping: 180 minutes monthly, 360 to hand over, 20 to check, $90, $60 an hour)", () => {
  const inputs: BreakEvenInputs = {
    do: 180,
    freq: 1,
    per: "month",
    months: 12,
    setup: 360,
    review: 20,
    price: 90,
    value: 60,
  };
  const { result, figures } = words(inputs);

  it("counts 12 times, breaks even in time after 3 (360 + 20k ≤ 180k: k ≥ 2.25) and in money after 6 (360 + 110k ≤ 180k: k ≥ 5.14)", () => {
    expect(result.n).toBe(12);
    expect(result.timeBreakEven).toBe(3);
    expect(result.moneyBreakEven).toBe(6);
  });

  it("gives back 26 hours (2,160 − 600 minutes), nets $480 (2,160 − 1,680) at $33.75 an hour back (90 ÷ 160/60)", () => {
    expect(result.hoursBack).toBeCloseTo(26, 10);
    expect(result.netValue).toBeCloseTo(480, 9);
    expect(result.pricePerHourBack).toBeCloseTo(33.75, 10);
  });

  it("flips exactly at $130 and 60 minutes of checking (360 + 12 × 150 = 2,160: net 0 still pays), time at 150 minutes", () => {
    expect(result.whatFlips).toEqual({ price: 130, review: 60, reviewForTime: 150 });
  });

  it("dates nothing past the horizon and counts every figure within it", () => {
    expect(figures["Pays back in money"]).toBe("after 6 times");
  });
});

describe("a one-off (30 minutes once, 45 to hand over, 5 to check, $20, $50 an hour)", () => {
  const inputs: BreakEvenInputs = {
    do: 30,
    freq: 1,
    per: "once",
    months: 12,
    setup: 45,
    review: 5,
    price: 20,
    value: 50,
  };
  const { result, verdict, figures, all } = words(inputs);

  it("has one occurrence, which would pay back only at 2 in time (45 + 5k ≤ 30k: k ≥ 1.8) and 45 in money", () => {
    // Money at 50/60 a minute: 37.5 + (20 + 4.17)k ≤ 25k: 0.833k ≥ 37.5, k ≥ 45.
    expect(result.n).toBe(1);
    expect(result.timeBreakEven).toBe(2);
    expect(result.moneyBreakEven).toBe(45);
  });

  it("loses 20 minutes (30 against 50) and $36.67 (25 against 37.50 + 24.17), at $48 an hour back (20 ÷ 25/60)", () => {
    expect(result.hoursBack).toBeCloseTo(-20 / 60, 10);
    expect(result.netValue).toBeCloseTo(-36.6667, 3);
    expect(result.pricePerHourBack).toBeCloseTo(48, 10);
  });

  it("has no limit that flips it (price 25 − 4.17 − 37.5 < 0; time 30 − 45 < 0)", () => {
    expect(result.whatFlips).toEqual({ price: null, review: null, reviewForTime: null });
  });

  it("says do it yourself, and no figure or chart counts past its one time", () => {
    expect(verdict.headline).toBe("Do it yourself");
    expect(figures["Pays back in time"]).toBe("no: it is done only once");
    expect(figures["Pays back in money"]).toBe("no: it is done only once");
    expect(all).not.toMatch(/after 2 times|45 times|12 months/);
    const series = costSeries(result);
    expect(series.points.at(-1)!.k).toBe(1);
    expect(series.crossover).toBeNull();
  });

  it("says a one-off that is cheaper handed over pays, with no horizon in the sentence", () => {
    // Setup 0, review 0, $5: 5 against 30 × 50/60 = 25.
    const cheap = words({ ...inputs, setup: 0, review: 0, price: 5 });
    expect(cheap.verdict.headline).toBe("Delegate it");
    expect(cheap.verdict.reason).toBe(
      "It happens only once, and handing it over already costs less than doing it yourself.",
    );
    expect(cheap.figures["For its one time"]).toBe(
      "you get back 30 minutes, worth $20.00 net",
    );
    expect(cheap.figures["Pays back in money"]).toBe("yes, on its one time");
    expect(cheap.all).not.toMatch(/12 months|first time|\(once\)/);
  });
});

describe("an hour valued at 0 (30 minutes twice a week, 120 to hand over, 5 to check, $15)", () => {
  const inputs: BreakEvenInputs = {
    do: 30,
    freq: 2,
    per: "week",
    months: 12,
    setup: 120,
    review: 5,
    price: 15,
    value: 0,
  };
  const { result, verdict, figures, all } = words(inputs);

  it("breaks even in time after 5 (120 + 5k ≤ 30k: k ≥ 4.8) and never in money", () => {
    expect(result.n).toBe(104);
    expect(result.timeBreakEven).toBe(5);
    expect(result.moneyBreakEven).toBeNull();
  });

  it("gives back 41.33 hours (3,120 − 640 minutes) and pays $1,560 cash (104 × 15) at $36 an hour back (15 ÷ 25/60)", () => {
    expect(result.hoursBack).toBeCloseTo(2480 / 60, 10);
    expect(result.netValue).toBe(-1560);
    expect(result.pricePerHourBack).toBeCloseTo(36, 10);
  });

  it("judges on time and says so; the money view says it cannot weigh money", () => {
    expect(result.verdict).toEqual({ kind: "delegate", basis: "time", breakEven: 5 });
    expect(verdict.headline).toBe("Delegate it");
    expect(verdict.reason).toMatch(/^Judged on your time alone/);
    expect(figures["Pays back in money"]).toMatch(/cannot be weighed/);
  });

  it("shows no $0.00 limit, only the time limit (30 − 120/104 = 28.85, down to 28 minutes)", () => {
    expect(result.whatFlips).toEqual({ price: null, review: null, reviewForTime: 28 });
    expect(all).not.toContain("$0.00");
    expect(figures["What would flip it"]).toBe(
      "You get time back with up to 28 minutes of your checking each time.",
    );
  });
});

describe("the figures and the verdict, for any typed inputs", () => {
  it("never give a break-even count beyond the occurrences in the horizon", () => {
    fc.assert(
      fc.property(typedInputs, (inputs) => {
        const { result, figures } = words(inputs);
        for (const label of ["Pays back in time", "Pays back in money"]) {
          const count = /after ([\d,]+) times/.exec(figures[label] ?? "");
          if (count)
            expect(Number(count[1]!.replace(/,/g, ""))).toBeLessThanOrEqual(result.n);
        }
        // The chart marks a crossover past the horizon only where the verdict names it.
        const { crossover } = costSeries(result);
        if (crossover && crossover.k > result.n) {
          expect(result.verdict.kind).toBe("delegate-if-repeats");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never show a $0.00 limit or glue a letter to a number", () => {
    fc.assert(
      fc.property(typedInputs, (inputs) => {
        const { all } = words(inputs);
        if (inputs.value === 0) expect(all).not.toContain("$0.00 a time");
        expect(all).not.toMatch(/\p{L}\d|\d(?!st\b|nd\b|rd\b|th\b)\p{L}/u);
      }),
      { numRuns: 300 },
    );
  });
});
