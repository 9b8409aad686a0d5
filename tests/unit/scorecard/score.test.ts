import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Candidate, Rating } from "~/lib/scorecard/candidate";
import { CRITERION_IDS, type CriterionId } from "~/lib/scorecard/criteria";
import { DEALBREAKER_IDS } from "~/lib/scorecard/dealbreakers";
import { presetWeights } from "~/lib/scorecard/presets";
import {
  effectiveWeight,
  HIGH_WEIGHT,
  HIRE_THRESHOLD,
  MAX_FINDINGS,
  MIN_EVIDENCE,
  PAID_TRIAL_THRESHOLD,
  scoreCandidate,
  type CandidateResult,
} from "~/lib/scorecard/score";
import { allRated, candidateWith, NO_RANGE, weightsAll, weightsWith } from "./build";

const rating = fc.constantFrom<Rating>(0, 1, 2, 3, 4, null);
const ratingsArb = fc
  .tuple(...CRITERION_IDS.map(() => rating))
  .map(
    (list) =>
      Object.fromEntries(CRITERION_IDS.map((id, i) => [id, list[i]])) as Record<
        CriterionId,
        Rating
      >,
  );
const weightsArb = fc
  .tuple(...CRITERION_IDS.map(() => fc.integer({ min: 0, max: 5 })))
  .map((list) =>
    weightsWith(Object.fromEntries(CRITERION_IDS.map((id, i) => [id, list[i]]))),
  );
const dealbreakersArb = fc.subarray([...DEALBREAKER_IDS]);
const candidateArb = fc
  .record({ ratings: ratingsArb, dealbreakers: dealbreakersArb })
  .map(({ ratings, dealbreakers }) => candidateWith(ratings, { dealbreakers }));

/** Every number in a result, to check none is NaN, infinite or -0. */
function numbersIn(result: CandidateResult): number[] {
  return [
    result.score,
    result.scoreRounded,
    result.evidence,
    result.evidencePercent,
    result.hourlyRate,
    ...result.strengths.map((f) => f.weight),
    ...result.concerns.map((f) => f.weight),
  ].filter((n): n is number => n !== null);
}

describe("scoreCandidate", () => {
  it("weights each rating: skill 4×3 + trial 5×4 + clarity 1×2 = 34 of 40 points is 85", () => {
    const weights = weightsWith({ skill: 4, trial: 5, clarity: 1 });
    const result = scoreCandidate(
      candidateWith({ skill: 3, trial: 4, clarity: 2 }),
      weights,
      NO_RANGE,
    );
    expect(result.score).toBe(85);
    expect(result.scoreRounded).toBe(85);
    expect(result.evidence).toBe(1);
    expect(result.evidencePercent).toBe(100);
    expect(result.band).toBe("hire-small-first-project");
  });

  it("leaves not-assessed criteria out: skill 4×2 + clarity 1×4 = 12 of 20 points is 60, with 5 of 10 weight assessed", () => {
    const weights = weightsWith({ skill: 4, trial: 5, clarity: 1 });
    const result = scoreCandidate(
      candidateWith({ skill: 2, trial: null, clarity: 4 }),
      weights,
      NO_RANGE,
    );
    expect(result.score).toBe(60);
    expect(result.evidence).toBe(0.5);
    expect(result.evidencePercent).toBe(50);
  });

  it("gives a band when exactly half the weight is assessed (5 of 10)", () => {
    const weights = weightsWith({ skill: 4, trial: 5, clarity: 1 });
    const result = scoreCandidate(
      candidateWith({ skill: 2, clarity: 4 }),
      weights,
      NO_RANGE,
    );
    expect(MIN_EVIDENCE).toBe(0.5);
    expect(result.band).toBe("paid-trial-first");
  });

  it("says not enough evidence below half the weight (4 of 9), even with a perfect score", () => {
    const weights = weightsWith({ skill: 4, trial: 5 });
    const result = scoreCandidate(candidateWith({ skill: 4 }), weights, NO_RANGE);
    expect(result.score).toBe(100);
    expect(result.evidencePercent).toBe(44);
    expect(result.band).toBe("not-enough-evidence");
  });

  it("puts a score of exactly 75 (2×4 + 2×2 = 12 of 16 points) in the hire band", () => {
    const weights = weightsWith({ skill: 2, trial: 2 });
    const result = scoreCandidate(
      candidateWith({ skill: 4, trial: 2 }),
      weights,
      NO_RANGE,
    );
    expect(HIRE_THRESHOLD).toBe(75);
    expect(result.score).toBe(75);
    expect(result.band).toBe("hire-small-first-project");
  });

  it("puts a score of exactly 55 (3×3 + 2×1 = 11 of 20 points) in the paid-trial band", () => {
    const weights = weightsWith({ skill: 3, trial: 2 });
    const result = scoreCandidate(
      candidateWith({ skill: 3, trial: 1 }),
      weights,
      NO_RANGE,
    );
    expect(PAID_TRIAL_THRESHOLD).toBe(55);
    expect(result.score).toBe(55);
    expect(result.band).toBe("paid-trial-first");
  });

  it("says keep looking just under 55: 5×2 + 4×1 + 3×4 = 26 of 48 points is 54.17, shown as 54", () => {
    const weights = weightsWith({ skill: 5, trial: 4, clarity: 3 });
    const result = scoreCandidate(
      candidateWith({ skill: 2, trial: 1, clarity: 4 }),
      weights,
      NO_RANGE,
    );
    expect(result.score).toBeCloseTo(54.1667, 4);
    expect(result.scoreRounded).toBe(54);
    expect(result.band).toBe("keep-looking");
  });

  it("shows 176 of 236 points (74.58) as 74 in the paid-trial band, never as a 75 that contradicts it", () => {
    // Weights 5 on eleven criteria and 4 on track record: 59 in all.
    // Ratings: track record 4 (16 points); ten criteria 3 and one 2 at weight 5 (160 points).
    const weights = weightsWith({ ...weightsAll(5), "track-record": 4 });
    const ratings: Partial<Record<CriterionId, Rating>> = {
      ...allRated(3),
      "track-record": 4,
      skill: 2,
    };
    const result = scoreCandidate(candidateWith(ratings), weights, NO_RANGE);
    expect(result.score).toBeCloseTo((176 * 25) / 59, 10);
    expect(result.scoreRounded).toBe(74);
    expect(result.band).toBe("paid-trial-first");
  });

  it("rules a candidate out when a dealbreaker is ticked, even with a score of 100", () => {
    const result = scoreCandidate(
      candidateWith(allRated(4), { dealbreakers: ["copied-work"] }),
      presetWeights("general"),
      NO_RANGE,
    );
    expect(result.score).toBe(100);
    expect(result.band).toBe("do-not-hire");
    expect(result.dealbreakers).toEqual(["copied-work"]);
  });

  it("rules a candidate out on a dealbreaker even with no evidence at all", () => {
    const result = scoreCandidate(
      candidateWith({}, { dealbreakers: ["off-platform"] }),
      presetWeights("general"),
      NO_RANGE,
    );
    expect(result.score).toBeNull();
    expect(result.band).toBe("do-not-hire");
  });

  it("lists dealbreakers once each, in catalogue order, and drops unknown ones", () => {
    const dealbreakers = ["off-platform", "nonsense", "failed-trial", "off-platform"];
    const result = scoreCandidate(
      candidateWith({}, { dealbreakers } as unknown as Partial<Candidate>),
      presetWeights("general"),
      NO_RANGE,
    );
    expect(result.dealbreakers).toEqual(["failed-trial", "off-platform"]);
  });

  it("gives no score and no evidence when every weight is zero, however well rated", () => {
    const result = scoreCandidate(candidateWith(allRated(4)), weightsWith({}), NO_RANGE);
    expect(result.score).toBeNull();
    expect(result.scoreRounded).toBeNull();
    expect(result.evidence).toBe(0);
    expect(Object.is(result.evidence, 0)).toBe(true);
    expect(result.band).toBe("not-enough-evidence");
    expect(result.strengths).toEqual([]);
    expect(result.concerns).toEqual([]);
  });

  it("gives no score when nothing is assessed, and names the heavy open criteria as concerns", () => {
    // General weights: trial 5 (5×2 = 10), then skill 4 and reliability 4 (8 each, list order).
    const result = scoreCandidate(candidateWith({}), presetWeights("general"), NO_RANGE);
    expect(result.score).toBeNull();
    expect(result.evidence).toBe(0);
    expect(result.evidencePercent).toBe(0);
    expect(result.band).toBe("not-enough-evidence");
    expect(result.strengths).toEqual([]);
    expect(result.concerns.map((f) => f.criterion)).toEqual([
      "trial",
      "skill",
      "reliability",
    ]);
    expect(result.concerns.every((f) => f.rating === null)).toBe(true);
  });

  it("gives a score of 0, not -0, when every assessed rating is 0", () => {
    const result = scoreCandidate(
      candidateWith(allRated(0)),
      presetWeights("general"),
      NO_RANGE,
    );
    expect(Object.is(result.score, 0)).toBe(true);
    expect(Object.is(result.scoreRounded, 0)).toBe(true);
    expect(result.band).toBe("keep-looking");
  });

  it("ignores criteria with weight 0 in the score, the evidence and the findings", () => {
    const weights = weightsWith({ skill: 4 });
    const result = scoreCandidate(
      candidateWith({ skill: 2, trial: 4, clarity: 0 }),
      weights,
      NO_RANGE,
    );
    expect(result.score).toBe(50);
    expect(result.evidence).toBe(1);
    expect(result.strengths).toEqual([]);
    expect(result.concerns).toEqual([]);
  });

  it("lists strengths rated 3 or 4 by weight × rating, ties in list order, at most three", () => {
    // skill 2×4 = 8, trial 5×3 = 15, clarity 4×3 = 12, thoroughness 3×4 = 12, honesty 1×4 = 4.
    const weights = weightsWith({
      skill: 2,
      trial: 5,
      clarity: 4,
      thoroughness: 3,
      honesty: 1,
    });
    const result = scoreCandidate(
      candidateWith({ skill: 4, trial: 3, clarity: 3, thoroughness: 4, honesty: 4 }),
      weights,
      NO_RANGE,
    );
    expect(MAX_FINDINGS).toBe(3);
    expect(result.strengths).toEqual([
      { criterion: "trial", rating: 3, weight: 5 },
      { criterion: "clarity", rating: 3, weight: 4 },
      { criterion: "thoroughness", rating: 4, weight: 3 },
    ]);
  });

  it("ranks concerns by weight × shortfall, an open criterion counting as a shortfall of 2", () => {
    // skill 2 rated 0: 2×4 = 8; trial 5 open: 5×2 = 10; clarity 4 rated 1: 4×3 = 12;
    // honesty 4 open: 4×2 = 8, after skill because a rating is firmer than a gap;
    // thoroughness 3 open is not heavy enough to be a concern; business rated 2 is no concern.
    const weights = weightsWith({
      skill: 2,
      trial: 5,
      clarity: 4,
      honesty: 4,
      thoroughness: 3,
      business: 5,
    });
    const result = scoreCandidate(
      candidateWith({ skill: 0, clarity: 1, business: 2 }),
      weights,
      NO_RANGE,
    );
    expect(HIGH_WEIGHT).toBe(4);
    expect(result.concerns).toEqual([
      { criterion: "clarity", rating: 1, weight: 4 },
      { criterion: "trial", rating: null, weight: 5 },
      { criterion: "skill", rating: 0, weight: 2 },
    ]);
  });

  it("puts a rated concern before an open one of equal weight × shortfall", () => {
    // honesty rated 0 at weight 2: 2×4 = 8; trial open at weight 4: 4×2 = 8.
    const weights = weightsWith({ trial: 4, honesty: 2 });
    const result = scoreCandidate(candidateWith({ honesty: 0 }), weights, NO_RANGE);
    expect(result.concerns.map((f) => f.criterion)).toEqual(["honesty", "trial"]);
  });

  it("treats ratings outside 0..4 from stale storage as not assessed", () => {
    const weights = weightsWith({ skill: 1, trial: 1 });
    const candidate = candidateWith({ skill: 4, trial: 7 as unknown as Rating });
    const result = scoreCandidate(candidate, weights, NO_RANGE);
    expect(result.score).toBe(100);
    expect(result.evidence).toBe(0.5);
  });

  it("counts missing, negative and non-finite weights as 0 and caps weights at 5", () => {
    const weights = {
      ...weightsWith({}),
      skill: Number.NaN,
      trial: -3,
      clarity: Number.POSITIVE_INFINITY,
      thoroughness: 99,
      honesty: 1,
    };
    delete (weights as Partial<typeof weights>).business;
    // thoroughness counts as 5 rated 4 (20 points), honesty 1 rated 0: 20 of 24 points is 83.33.
    const result = scoreCandidate(
      candidateWith({
        skill: 0,
        trial: 0,
        clarity: 0,
        thoroughness: 4,
        honesty: 0,
        business: 0,
      }),
      weights,
      NO_RANGE,
    );
    expect(result.score).toBeCloseTo(83.333, 3);
    expect(result.evidence).toBe(1);
  });

  it("works out the hourly rate as quote ÷ hours: 600 for 16 hours is 37.5", () => {
    const result = scoreCandidate(
      candidateWith({}, { quote: 600, hours: 16 }),
      weightsWith({}),
      NO_RANGE,
    );
    expect(result.hourlyRate).toBe(37.5);
    expect(result.rateFlag).toBeNull();
  });

  it.each([
    [null, 10],
    [600, null],
    [600, 0],
    [0, 10],
    [-600, 16],
    [600, -16],
    [Number.NaN, 16],
    [600, Number.POSITIVE_INFINITY],
    [Number.MAX_VALUE, Number.MIN_VALUE],
    [Number.MIN_VALUE, Number.MAX_VALUE],
  ])("gives no hourly rate for quote %s and hours %s", (quote, hours) => {
    const result = scoreCandidate(candidateWith({}, { quote, hours }), weightsWith({}), {
      min: 10,
      max: 50,
    });
    expect(result.hourlyRate).toBeNull();
    expect(result.rateFlag).toBeNull();
  });

  it.each([
    [{ min: 20, max: 50 }, 37.5, "in-range"],
    [{ min: 40, max: 50 }, 37.5, "below-range"],
    [{ min: 20, max: 30 }, 37.5, "above-range"],
    [{ min: 37.5, max: 50 }, 37.5, "in-range"],
    [{ min: 20, max: 37.5 }, 37.5, "in-range"],
    [{ min: 40, max: null }, 37.5, "below-range"],
    [{ min: null, max: 30 }, 37.5, "above-range"],
    [{ min: 0, max: null }, 37.5, "in-range"],
    [{ min: 50, max: 40 }, 37.5, "below-range"],
    [{ min: Number.NaN, max: -1 }, 37.5, null],
    [{ min: null, max: null }, 37.5, null],
  ] as const)("flags a rate of 37.5 against the range %j as %s", (range, rate, flag) => {
    const result = scoreCandidate(
      candidateWith({}, { quote: rate * 16, hours: 16 }),
      weightsWith({}),
      range,
    );
    expect(result.rateFlag).toBe(flag);
  });

  it("keeps every number finite, the score within 0..100 and the evidence within 0..1", () => {
    fc.assert(
      fc.property(candidateArb, weightsArb, (candidate, weights) => {
        const result = scoreCandidate(candidate, weights, NO_RANGE);
        for (const n of numbersIn(result)) {
          expect(Number.isFinite(n)).toBe(true);
          expect(Object.is(n, -0)).toBe(false);
        }
        if (result.score !== null) {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          expect(Number.isInteger(result.scoreRounded)).toBe(true);
          expect(result.scoreRounded).toBeLessThanOrEqual(result.score + 1e-9);
          expect(result.score - (result.scoreRounded ?? 0)).toBeLessThan(1);
        } else {
          expect(result.scoreRounded).toBeNull();
        }
        expect(result.evidence).toBeGreaterThanOrEqual(0);
        expect(result.evidence).toBeLessThanOrEqual(1);
        expect(result.strengths.length).toBeLessThanOrEqual(MAX_FINDINGS);
        expect(result.concerns.length).toBeLessThanOrEqual(MAX_FINDINGS);
      }),
    );
  });

  it("keeps the score within 0..100 for any finite or odd weights, fractions included", () => {
    const oddWeight = fc.oneof(fc.double(), fc.integer({ min: -5, max: 10 }));
    const oddWeights = fc
      .tuple(...CRITERION_IDS.map(() => oddWeight))
      .map((list) =>
        weightsWith(Object.fromEntries(CRITERION_IDS.map((id, i) => [id, list[i]]))),
      );
    fc.assert(
      fc.property(candidateArb, oddWeights, (candidate, weights) => {
        const result = scoreCandidate(candidate, weights, NO_RANGE);
        for (const n of numbersIn(result)) expect(Number.isFinite(n)).toBe(true);
        if (result.score !== null) {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("never lowers the score when one rating goes up", () => {
    fc.assert(
      fc.property(
        candidateArb,
        weightsArb,
        fc.constantFrom(...CRITERION_IDS),
        (candidate, weights, criterion) => {
          const before = candidate.ratings[criterion];
          fc.pre(before !== null && before < 4);
          const raised = {
            ...candidate,
            ratings: { ...candidate.ratings, [criterion]: (before + 1) as Rating },
          };
          const a = scoreCandidate(candidate, weights, NO_RANGE);
          const b = scoreCandidate(raised, weights, NO_RANGE);
          expect(b.score ?? 0).toBeGreaterThanOrEqual(a.score ?? 0);
          expect(b.scoreRounded ?? 0).toBeGreaterThanOrEqual(a.scoreRounded ?? 0);
          expect(b.evidence).toBe(a.evidence);
        },
      ),
    );
  });

  it("gives a band that always agrees with the score and evidence shown", () => {
    fc.assert(
      fc.property(candidateArb, weightsArb, (candidate, weights) => {
        const r = scoreCandidate(candidate, weights, NO_RANGE);
        if (r.dealbreakers.length > 0) {
          expect(r.band).toBe("do-not-hire");
          return;
        }
        if (r.scoreRounded === null || r.evidencePercent < 50) {
          expect(r.band).toBe("not-enough-evidence");
          return;
        }
        const expected =
          r.scoreRounded >= 75
            ? "hire-small-first-project"
            : r.scoreRounded >= 55
              ? "paid-trial-first"
              : "keep-looking";
        expect(r.band).toBe(expected);
      }),
    );
  });
});

describe("effectiveWeight", () => {
  it.each([
    [3, 3],
    [2.5, 2.5],
    [0, 0],
    [-1, 0],
    [7, 5],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    [undefined, 0],
  ])("reads weight %s as %s", (input, output) => {
    expect(effectiveWeight(input)).toBe(output);
  });
});
