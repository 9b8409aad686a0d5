import { describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, NUMERIC_FIELDS, fieldAccepts } from "~/lib/break-even/inputs";
import { computeBreakEven } from "~/lib/break-even/model";
import {
  ONE_OFF_LONG_TO_EXPLAIN,
  REPEATED_PAYS_BACK,
  WORKED_EXAMPLE,
} from "~/lib/break-even/worked-example";

describe("WORKED_EXAMPLE", () => {
  it("is the calculator's defaults, so the explanation matches what the tool opens with", () => {
    expect(WORKED_EXAMPLE).toEqual(DEFAULT_INPUTS);
  });

  it("recommends delegating, paying back after 12 of 104 occurrences (120 ÷ (30 − 20))", () => {
    const result = computeBreakEven(WORKED_EXAMPLE);
    expect(result.n).toBe(104);
    expect(result.verdict).toEqual({ kind: "delegate", basis: "money", breakEven: 12 });
  });
});

describe("ONE_OFF_LONG_TO_EXPLAIN", () => {
  it("is within every field's range", () => {
    for (const field of NUMERIC_FIELDS) {
      expect(fieldAccepts(field, ONE_OFF_LONG_TO_EXPLAIN[field]), field).toBe(true);
    }
  });

  it("says do it yourself: 45 to explain + 5 to check + 10 paid = 60 against 20 of your time", () => {
    const result = computeBreakEven(ONE_OFF_LONG_TO_EXPLAIN);
    expect(result.n).toBe(1);
    expect(result.verdict).toEqual({
      kind: "do-it-yourself",
      reason: "one-off-explaining-costs-more",
    });
  });
});

describe("REPEATED_PAYS_BACK", () => {
  it("is within every field's range", () => {
    for (const field of NUMERIC_FIELDS) {
      expect(fieldAccepts(field, REPEATED_PAYS_BACK[field]), field).toBe(true);
    }
  });

  it("pays back the explaining at 3 (60 + 3 × 5 = 75 ≤ 90; 60 + 2 × 5 = 70 > 60)", () => {
    const result = computeBreakEven(REPEATED_PAYS_BACK);
    expect(result.timeBreakEven).toBe(3);
  });

  it("pays back in money at 3 too (60 + 3 × (5 + 5) = 90 ≤ 90; 60 + 2 × 10 = 80 > 60)", () => {
    const result = computeBreakEven(REPEATED_PAYS_BACK);
    expect(result.moneyBreakEven).toBe(3);
    expect(result.verdict).toEqual({ kind: "delegate", basis: "money", breakEven: 3 });
  });

  it("takes longer to explain than to do once, which is what makes it the rule's second case", () => {
    expect(REPEATED_PAYS_BACK.setup).toBeGreaterThan(REPEATED_PAYS_BACK.do);
  });
});
