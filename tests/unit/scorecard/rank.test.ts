import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Candidate, Rating, Scorecard } from "~/lib/scorecard/candidate";
import { MAX_CANDIDATES, newCandidate } from "~/lib/scorecard/candidate";
import { CRITERION_IDS, type CriterionId } from "~/lib/scorecard/criteria";
import { DEALBREAKER_IDS, type DealbreakerId } from "~/lib/scorecard/dealbreakers";
import { rankCandidates, type RankedCandidate } from "~/lib/scorecard/rank";
import { candidateWith, NO_RANGE, weightsWith } from "./build";

// Two criteria of weight 1 each: a candidate's score is (a + b) × 12.5.
const weights = weightsWith({ skill: 1, trial: 1 });

/** A candidate with id `id` rated `skill` and `trial` (null = not assessed). */
function person(
  id: string,
  skill: Rating,
  trial: Rating,
  extra: Partial<Candidate> = {},
): Candidate {
  return candidateWith({ skill, trial }, { id, name: id, ...extra });
}

function scorecard(candidates: Candidate[], w = weights): Scorecard {
  return {
    role: "general",
    weights: w,
    rateRange: NO_RANGE,
    currency: "USD",
    candidates,
  };
}

describe("rankCandidates", () => {
  it("orders banded candidates by score, highest first", () => {
    // 4+4 → 100, 2+3 → 62.5, 3+4 → 87.5
    const ranked = rankCandidates(
      scorecard([person("a", 4, 4), person("b", 2, 3), person("c", 3, 4)]),
    );
    expect(ranked.map((r) => r.candidate.id)).toEqual(["a", "c", "b"]);
    expect(ranked.map((r) => r.rankLabel)).toEqual(["1", "2", "3"]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(ranked.every((r) => r.status === "ranked" && !r.tied)).toBe(true);
  });

  it("gives tied candidates the same place, marked with =, and skips the places they fill", () => {
    // scores: a 100, b 75, c 75, d 50
    const ranked = rankCandidates(
      scorecard([
        person("a", 4, 4),
        person("b", 3, 3),
        person("c", 2, 4),
        person("d", 2, 2),
      ]),
    );
    expect(ranked.map((r) => [r.candidate.id, r.rankLabel])).toEqual([
      ["a", "1"],
      ["b", "=2"],
      ["c", "=2"],
      ["d", "4"],
    ]);
    expect(ranked.map((r) => r.tied)).toEqual([false, true, true, false]);
  });

  it("keeps the scorecard's order among tied candidates", () => {
    const ranked = rankCandidates(
      scorecard([person("z", 2, 4), person("y", 3, 3), person("x", 4, 2)]),
    );
    expect(ranked.map((r) => r.candidate.id)).toEqual(["z", "y", "x"]);
    expect(ranked.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(ranked.every((r) => r.rankLabel === "=1")).toBe(true);
  });

  it("ties candidates who show the same whole score though their fractions differ", () => {
    // Weights skill 5, trial 4, clarity 3 (12 in all).
    // a: trial 4×3 + clarity 3×2 = 18 of 7×4 points → 64.29, shown 64
    // b: 5×4 + 4×2 + 3×1 = 31 of 48 points → 64.58, shown 64
    // c: 5×2 + 4×4 + 3×3 = 35 of 48 points → 72.92, shown 72
    const w = weightsWith({ skill: 5, trial: 4, clarity: 3 });
    const a = candidateWith({ trial: 3, clarity: 2 }, { id: "a" });
    const b = candidateWith({ skill: 4, trial: 2, clarity: 1 }, { id: "b" });
    const c = candidateWith({ skill: 2, trial: 4, clarity: 3 }, { id: "c" });
    const ranked = rankCandidates(scorecard([a, b, c], w));
    expect(
      ranked.map((r) => [r.candidate.id, r.result.scoreRounded, r.rankLabel]),
    ).toEqual([
      ["c", 72, "1"],
      ["a", 64, "=2"],
      ["b", 64, "=2"],
    ]);
    expect(ranked[1]!.result.score!).toBeLessThan(ranked[2]!.result.score!);
  });

  it("puts candidates with too little evidence after banded ones, whatever their score", () => {
    // b: only skill 4 assessed of skill 1, trial 1, clarity 1 → evidence 1/3, score 100.
    const w = weightsWith({ skill: 1, trial: 1, clarity: 1 });
    const a = candidateWith({ skill: 1, trial: 1, clarity: 1 }, { id: "a" });
    const b = candidateWith({ skill: 4 }, { id: "b" });
    const ranked = rankCandidates(scorecard([b, a], w));
    expect(ranked.map((r) => [r.candidate.id, r.result.band, r.rankLabel])).toEqual([
      ["a", "keep-looking", "1"],
      ["b", "not-enough-evidence", "2"],
    ]);
  });

  it("leaves candidates with no score unranked, after those with a score", () => {
    const ranked = rankCandidates(
      scorecard([person("a", null, null), person("b", 1, 1), person("c", null, null)]),
    );
    expect(ranked.map((r) => [r.candidate.id, r.status, r.rank, r.rankLabel])).toEqual([
      ["b", "ranked", 1, "1"],
      ["a", "unranked", null, "Unranked"],
      ["c", "unranked", null, "Unranked"],
    ]);
  });

  it("puts candidates with a dealbreaker last, ruled out with no place, even at 100", () => {
    const ranked = rankCandidates(
      scorecard([
        person("a", 4, 4, { dealbreakers: ["failed-trial"] }),
        person("b", null, null),
        person("c", 1, 2),
        person("d", null, null, { dealbreakers: ["copied-work"] }),
      ]),
    );
    expect(ranked.map((r) => [r.candidate.id, r.status, r.rankLabel])).toEqual([
      ["c", "ranked", "1"],
      ["b", "unranked", "Unranked"],
      ["a", "ruled-out", "Ruled out"],
      ["d", "ruled-out", "Ruled out"],
    ]);
    expect(ranked[2]?.result.score).toBe(100);
  });

  it("ranks a full scorecard of twelve", () => {
    const candidates = Array.from({ length: MAX_CANDIDATES }, (_, i) =>
      candidateWith({ skill: (i % 5) as Rating, trial: 4 }, { id: `c${i}` }, i),
    );
    const ranked = rankCandidates(scorecard(candidates));
    expect(ranked).toHaveLength(12);
    expect(ranked[0]?.rankLabel).toBe("=1");
    expect(ranked.map((r) => r.candidate.id).slice(0, 2)).toEqual(["c4", "c9"]);
  });

  it("returns no rows for a scorecard with no candidates", () => {
    expect(rankCandidates(scorecard([]))).toEqual([]);
  });

  const rating = fc.constantFrom<Rating>(0, 1, 2, 3, 4, null);
  const candidateArb = fc
    .record({
      ratings: fc.tuple(...CRITERION_IDS.map(() => rating)),
      dealbreakers: fc.oneof(
        { weight: 4, arbitrary: fc.constant<DealbreakerId[]>([]) },
        { weight: 1, arbitrary: fc.subarray([...DEALBREAKER_IDS], { minLength: 1 }) },
      ),
    })
    .map(({ ratings, dealbreakers }) =>
      candidateWith(
        Object.fromEntries(CRITERION_IDS.map((id, i) => [id, ratings[i]])) as Record<
          CriterionId,
          Rating
        >,
        { dealbreakers },
      ),
    );
  const scorecardArb = fc
    .record({
      weights: fc.tuple(...CRITERION_IDS.map(() => fc.integer({ min: 0, max: 5 }))),
      candidates: fc.array(candidateArb, { maxLength: MAX_CANDIDATES }),
    })
    .map(({ weights: w, candidates }) =>
      scorecard(
        candidates.map((c, i) => ({ ...c, id: newCandidate(i).id })),
        weightsWith(Object.fromEntries(CRITERION_IDS.map((id, i) => [id, w[i]]))),
      ),
    );

  it("returns every candidate exactly once", () => {
    fc.assert(
      fc.property(scorecardArb, (card) => {
        const ranked = rankCandidates(card);
        expect(ranked.map((r) => r.index).sort((a, b) => a - b)).toEqual(
          card.candidates.map((_, i) => i),
        );
        ranked.forEach((r) => expect(r.candidate).toBe(card.candidates[r.index]));
      }),
    );
  });

  it("keeps groups in order, scores falling within a group, and ties in input order", () => {
    fc.assert(
      fc.property(scorecardArb, (card) => {
        const ranked = rankCandidates(card);
        for (let i = 1; i < ranked.length; i += 1) {
          const a = ranked[i - 1]!;
          const b = ranked[i]!;
          expect(group(a)).toBeLessThanOrEqual(group(b));
          if (group(a) !== group(b)) continue;
          if (group(a) >= 2 || a.result.scoreRounded === b.result.scoreRounded) {
            expect(a.index).toBeLessThan(b.index);
          } else {
            expect(a.result.scoreRounded!).toBeGreaterThan(b.result.scoreRounded!);
          }
        }
      }),
    );
  });

  it("numbers places 1, =2, =2, 4 …: each place is one more than the number ranked ahead", () => {
    fc.assert(
      fc.property(scorecardArb, (card) => {
        const ranked = rankCandidates(card);
        ranked.forEach((r, i) => {
          if (r.status !== "ranked") {
            expect(r.rank).toBeNull();
            return;
          }
          const ahead = ranked.filter(
            (o) =>
              o.status === "ranked" &&
              ranked.indexOf(o) < i &&
              !(group(o) === group(r) && o.result.scoreRounded === r.result.scoreRounded),
          ).length;
          expect(r.rank).toBe(ahead + 1);
          const sharing = ranked.filter((o) => o.rank === r.rank).length;
          expect(r.tied).toBe(sharing > 1);
          expect(r.rankLabel).toBe(sharing > 1 ? `=${r.rank}` : String(r.rank));
        });
      }),
    );
  });
});

/** The group a row should sit in: banded, too little evidence, no score, ruled out. */
function group(r: RankedCandidate): number {
  if (r.status === "ruled-out") return 3;
  if (r.status === "unranked") return 2;
  return r.result.band === "not-enough-evidence" ? 1 : 0;
}
