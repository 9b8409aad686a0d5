import type { Candidate, Scorecard } from "./candidate";
import { scoreCandidate, type CandidateResult } from "./score";

/**
 * How a candidate takes part in the ranking: "ranked" has a place number,
 * "unranked" has no score to rank on, "ruled-out" has a dealbreaker ticked.
 */
export type RankStatus = "ranked" | "unranked" | "ruled-out";

/** One row of the side-by-side comparison. */
export interface RankedCandidate {
  readonly candidate: Candidate;
  /** Position in the scorecard's own list, for default names and stable ties. */
  readonly index: number;
  readonly result: CandidateResult;
  readonly status: RankStatus;
  /** Place, starting at 1; equal scores share a place ("1, =2, =2, 4"). Null unless ranked. */
  readonly rank: number | null;
  /** True when another candidate shares this place. */
  readonly tied: boolean;
  /** The place as shown: "1", "=2", "Unranked" or "Ruled out". */
  readonly rankLabel: string;
}

/**
 * Which group a result sorts into, best first: a band from the score, then
 * too little evidence (score shown but not trusted), then no score at all,
 * then ruled out by a dealbreaker whatever the score.
 */
function group(result: CandidateResult): number {
  if (result.band === "do-not-hire") return 3;
  if (result.scoreRounded === null) return 2;
  if (result.band === "not-enough-evidence") return 1;
  return 0;
}

/**
 * Scores every candidate and puts them in order: banded candidates by score,
 * then those with too little evidence by score, then those with no score,
 * then those with a dealbreaker. Scores compare as shown (whole numbers), so
 * two candidates who both show 74 share a place rather than being split by a
 * fraction the reader cannot see. Ties, and the unranked and ruled-out
 * groups, keep the scorecard's own order. Places run across the first two
 * groups; the last two get no place.
 */
export function rankCandidates(scorecard: Readonly<Scorecard>): RankedCandidate[] {
  const scored = scorecard.candidates.map((candidate, index) => {
    const result = scoreCandidate(candidate, scorecard.weights, scorecard.rateRange);
    return { candidate, index, result, group: group(result) };
  });

  // Array.prototype.sort is stable, so equal keys keep input order.
  scored.sort(
    (a, b) =>
      a.group - b.group ||
      (a.group <= 1 ? (b.result.scoreRounded ?? 0) - (a.result.scoreRounded ?? 0) : 0),
  );

  const sameKey = (a: (typeof scored)[number], b: (typeof scored)[number]): boolean =>
    a.group === b.group && a.result.scoreRounded === b.result.scoreRounded;

  let rank = 0;
  return scored.map((entry, position) => {
    const { candidate, index, result } = entry;
    if (entry.group >= 2) {
      const status: RankStatus = entry.group === 3 ? "ruled-out" : "unranked";
      return {
        candidate,
        index,
        result,
        status,
        rank: null,
        tied: false,
        rankLabel: status === "ruled-out" ? "Ruled out" : "Unranked",
      };
    }
    const previous = scored[position - 1];
    const next = scored[position + 1];
    // Competition ranking: a new place is the count of those ahead plus one.
    if (previous === undefined || !sameKey(previous, entry)) rank = position + 1;
    const tied =
      (previous !== undefined && sameKey(previous, entry)) ||
      (next !== undefined && sameKey(next, entry));
    return {
      candidate,
      index,
      result,
      status: "ranked",
      rank,
      tied,
      rankLabel: tied ? `=${rank}` : String(rank),
    };
  });
}
