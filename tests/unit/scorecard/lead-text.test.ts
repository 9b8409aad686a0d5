import { describe, expect, it } from "vitest";
import type { Candidate, Scorecard } from "~/lib/scorecard/candidate";
import { leadText } from "~/lib/scorecard/lead-text";
import { rankCandidates } from "~/lib/scorecard/rank";
import { candidateWith, NO_RANGE, weightsWith } from "./build";

// Two criteria of weight 1: a candidate rated both scores (skill + trial) × 12.5.
const weights = weightsWith({ skill: 1, trial: 1 });
const lead = (...candidates: Candidate[]) =>
  leadText(
    rankCandidates({
      role: "general",
      weights,
      rateRange: NO_RANGE,
      currency: "USD",
      candidates,
    } satisfies Scorecard),
  );
const person = (name: string, skill: 0 | 1 | 2 | 3 | 4 | null, trial: typeof skill) =>
  candidateWith({ skill, trial }, { id: name.toLowerCase(), name });

describe("leadText", () => {
  it("asks for ratings while nobody has a score", () => {
    expect(lead(person("Ana", null, null))).toBe(
      "Rate your candidates to see who to trial first.",
    );
    expect(leadText([])).toBe("Rate your candidates to see who to trial first.");
  });

  it("names a clear leader with the next step and their strongest point", () => {
    // Ana 4+4 → 100, Bo 2+2 → 50
    expect(lead(person("Bo", 2, 2), person("Ana", 4, 4))).toBe(
      "Ana leads: hire, starting with a small first project. Strongest point: Proven skill: excellent, verified work.",
    );
  });

  it("says candidates level at the top need a paid trial to separate them", () => {
    expect(lead(person("Ana", 4, 3), person("Bo", 3, 4))).toBe(
      "Ana and Bo are level at the top: a short paid trial will separate them.",
    );
  });

  it("suggests a trial with the leader when the best score is in the paid-trial band", () => {
    // 3+2 → 62.5, shown 62
    expect(lead(person("Ana", 3, 2))).toBe(
      "Trial Ana first: the strongest match so far. Strongest point: Proven skill: solid samples like your task.",
    );
  });

  it("asks for a trial when the leaders have too little evidence", () => {
    // Only skill rated: half the weight, which is enough; three criteria make a third too little.
    const thin = candidateWith({ skill: 4 }, { id: "a", name: "Ana" });
    const text = leadText(
      rankCandidates({
        role: "general",
        weights: weightsWith({ skill: 1, trial: 1, clarity: 1 }),
        rateRange: NO_RANGE,
        currency: "USD",
        candidates: [thin],
      }),
    );
    expect(text).toBe("Not enough evidence yet: run a trial, starting with Ana.");
  });

  it("says keep looking when even the leader is a weak match", () => {
    expect(lead(person("Ana", 1, 1))).toBe("No one is a strong match yet: keep looking.");
  });

  it("says keep looking when every candidate has a dealbreaker", () => {
    const ruledOut = candidateWith(
      { skill: 4, trial: 4 },
      { id: "a", name: "Ana", dealbreakers: ["off-platform"] },
    );
    expect(lead(ruledOut)).toBe("Every candidate has a dealbreaker: keep looking.");
  });

  it("uses the default name of a candidate left blank", () => {
    expect(lead(candidateWith({ skill: 3, trial: 2 }, { id: "a", name: " " }))).toMatch(
      /^Trial Candidate A first/,
    );
  });
});
