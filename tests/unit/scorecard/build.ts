import { newCandidate, type Candidate, type Rating } from "~/lib/scorecard/candidate";
import { CRITERION_IDS, type CriterionId } from "~/lib/scorecard/criteria";

/** Every weight 0 except the ones given, so hand arithmetic stays small. */
export function weightsWith(
  given: Partial<Record<CriterionId, number>>,
): Record<CriterionId, number> {
  const weights = {} as Record<CriterionId, number>;
  for (const id of CRITERION_IDS) weights[id] = given[id] ?? 0;
  return weights;
}

/** Every criterion at the same weight. */
export function weightsAll(weight: number): Record<CriterionId, number> {
  const weights = {} as Record<CriterionId, number>;
  for (const id of CRITERION_IDS) weights[id] = weight;
  return weights;
}

/** A blank candidate at `index` with the given ratings and any other fields. */
export function candidateWith(
  ratings: Partial<Record<CriterionId, Rating>>,
  extra: Partial<Candidate> = {},
  index = 0,
): Candidate {
  const base = newCandidate(index);
  return { ...base, ...extra, ratings: { ...base.ratings, ...ratings } };
}

/** Every criterion rated `rating`. */
export function allRated(rating: Rating): Record<CriterionId, Rating> {
  const ratings = {} as Record<CriterionId, Rating>;
  for (const id of CRITERION_IDS) ratings[id] = rating;
  return ratings;
}

/** No rate range set. */
export const NO_RANGE = { min: null, max: null } as const;
