import type { Candidate, Rating } from "./candidate";
import { isRating, MAX_RATING } from "./candidate";
import { CRITERION_IDS, type CriterionId } from "./criteria";
import { DEALBREAKER_IDS, type DealbreakerId } from "./dealbreakers";
import { MAX_WEIGHT } from "./presets";

/** A score at or above this (out of 100) says: hire, starting small. */
export const HIRE_THRESHOLD = 75;

/** A score at or above this, but below {@link HIRE_THRESHOLD}, says: paid trial first. */
export const PAID_TRIAL_THRESHOLD = 55;

/** Below this share of the total weight assessed, no band is given. */
export const MIN_EVIDENCE = 0.5;

/**
 * A criterion not yet assessed counts as a concern when its weight is at
 * least this: it is too important to decide without.
 */
export const HIGH_WEIGHT = 4;

/** How many strengths and how many concerns a result lists. */
export const MAX_FINDINGS = 3;

/** The verdict for one candidate, from best to worst; see {@link scoreCandidate}. */
export type Band =
  | "hire-small-first-project"
  | "paid-trial-first"
  | "keep-looking"
  | "not-enough-evidence"
  | "do-not-hire";

/** Where the implied hourly rate sits against the range the reader expects. */
export type RateFlag = "below-range" | "in-range" | "above-range" | null;

/** A criterion that stands out for one candidate, for strengths and concerns. */
export interface Finding {
  readonly criterion: CriterionId;
  /** The rating given, or null for a heavy criterion not yet assessed. */
  readonly rating: Rating;
  /** The weight it carries in this scorecard. */
  readonly weight: number;
}

/** Everything the scorecard shows about one candidate. */
export interface CandidateResult {
  /** Precise score 0..100 from the assessed criteria; null when none with weight is assessed. */
  readonly score: number | null;
  /**
   * The score as a whole number for display, rounded down, so it never shows
   * a band threshold the precise score did not reach (74.6 shows as 74 and
   * reads "paid trial first", not as a 75 that contradicts its band).
   */
  readonly scoreRounded: number | null;
  /** Share of the total weight that has been assessed, 0..1 (0 when every weight is 0). */
  readonly evidence: number;
  /** Evidence as a whole percentage, rounded down for the same reason as the score. */
  readonly evidencePercent: number;
  /** The verdict; decided on the rounded values, so it always agrees with what is shown. */
  readonly band: Band;
  /** Dealbreakers ticked, without repeats, in catalogue order. */
  readonly dealbreakers: readonly DealbreakerId[];
  /** Up to {@link MAX_FINDINGS} criteria rated 3 or 4, heaviest weight × rating first. */
  readonly strengths: readonly Finding[];
  /**
   * Up to {@link MAX_FINDINGS} criteria rated 0 or 1, or weighing at least
   * {@link HIGH_WEIGHT} and not assessed, most serious first.
   */
  readonly concerns: readonly Finding[];
  /** Quote ÷ hours; null unless both are positive numbers. */
  readonly hourlyRate: number | null;
  /** The hourly rate against the reader's range; null when either is missing. */
  readonly rateFlag: RateFlag;
}

/**
 * A weight as the model uses it: anything that is not a finite number counts
 * as 0 and the rest is held to 0..{@link MAX_WEIGHT}, so a doctored link can
 * neither flip the maths with a negative weight nor overflow the sums.
 */
export function effectiveWeight(weight: number | undefined): number {
  if (weight === undefined || !Number.isFinite(weight) || weight <= 0) return 0;
  return Math.min(weight, MAX_WEIGHT);
}

/** A positive finite number, or null. */
function positive(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : null;
}

/** A non-negative finite number, or null (0 is a meaningful lower end of a range). */
function nonNegative(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * Rounds down to a whole number. The tiny allowance absorbs floating-point
 * error, so a value that is exactly 75 in real arithmetic never shows as 74.
 */
function floorShown(value: number): number {
  return Math.floor(value + 1e-9);
}

/**
 * Where `rate` sits against the reader's range. The reader's own range is the
 * judgement of "far": anything under the minimum is flagged below, anything
 * over the maximum above; no extra margin is applied. An end left empty does
 * not limit, and a range entered back to front is read the right way round.
 */
function rateFlagFor(
  rate: number | null,
  range: { readonly min: number | null; readonly max: number | null },
): RateFlag {
  let min = nonNegative(range.min);
  let max = nonNegative(range.max);
  if (rate === null || (min === null && max === null)) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  if (min !== null && rate < min) return "below-range";
  if (max !== null && rate > max) return "above-range";
  return "in-range";
}

/**
 * Scores one candidate against the scorecard's weights.
 *
 * - score = Σ(weight × rating ÷ 4) ÷ Σ(weight of assessed criteria) × 100,
 *   counting only assessed criteria; null when nothing with weight is assessed.
 * - evidence = Σ(weight of assessed criteria) ÷ Σ(all weights).
 * - band: "do-not-hire" when any dealbreaker is ticked, whatever the score;
 *   else "not-enough-evidence" below half the weight assessed; else by score:
 *   ≥ {@link HIRE_THRESHOLD} hire, ≥ {@link PAID_TRIAL_THRESHOLD} paid trial,
 *   below that keep looking. A value exactly on a threshold takes the higher band.
 *
 * Unknown criteria, ratings outside 0..4 and unknown dealbreakers are ignored,
 * so stale saved state cannot produce NaN. Every number returned is finite
 * and never -0.
 */
export function scoreCandidate(
  candidate: Readonly<Candidate>,
  weights: Readonly<Partial<Record<CriterionId, number>>>,
  rateRange: { readonly min: number | null; readonly max: number | null },
): CandidateResult {
  let totalWeight = 0;
  let assessedWeight = 0;
  let points = 0;
  // `order` ranks findings, heaviest first; `tie` settles equal orders.
  const strengths: { finding: Finding; order: number; tie: number }[] = [];
  const concerns: { finding: Finding; order: number; tie: number }[] = [];

  CRITERION_IDS.forEach((criterion, index) => {
    const weight = effectiveWeight(weights[criterion]);
    const raw = candidate.ratings[criterion];
    const rating = isRating(raw) ? raw : null;
    if (weight === 0) return;
    totalWeight += weight;
    if (rating === null) {
      // An unknown counts as a middling risk (weight × 2), so a heavy criterion
      // left open outranks a poor mark on a light one.
      if (weight >= HIGH_WEIGHT) {
        concerns.push({
          finding: { criterion, rating, weight },
          order: weight * 2,
          // After assessed concerns of equal order: those are facts, this a gap.
          tie: CRITERION_IDS.length + index,
        });
      }
      return;
    }
    assessedWeight += weight;
    points += weight * rating;
    if (rating >= 3) {
      strengths.push({
        finding: { criterion, rating, weight },
        order: weight * rating,
        tie: index,
      });
    } else if (rating <= 1) {
      concerns.push({
        finding: { criterion, rating, weight },
        order: weight * (MAX_RATING - rating),
        tie: index,
      });
    }
  });

  // Σ(w × r) × 25 ÷ Σw is the same formula with one division, which keeps
  // whole-number weights exact (3 of 4 points is 75, not 74.99999…).
  const score =
    assessedWeight > 0
      ? Math.min(100, Math.max(0, (points * (100 / MAX_RATING)) / assessedWeight))
      : null;
  const evidence = totalWeight > 0 ? Math.min(1, assessedWeight / totalWeight) : 0;
  const scoreRounded = score === null ? null : floorShown(score);
  const evidencePercent = Math.min(100, floorShown(evidence * 100));

  const ticked = new Set<unknown>(candidate.dealbreakers);
  const dealbreakers = DEALBREAKER_IDS.filter((id) => ticked.has(id));

  let band: Band;
  if (dealbreakers.length > 0) band = "do-not-hire";
  else if (scoreRounded === null || evidencePercent < MIN_EVIDENCE * 100) {
    band = "not-enough-evidence";
  } else if (scoreRounded >= HIRE_THRESHOLD) band = "hire-small-first-project";
  else if (scoreRounded >= PAID_TRIAL_THRESHOLD) band = "paid-trial-first";
  else band = "keep-looking";

  const top = (list: typeof strengths): Finding[] =>
    list
      .sort((a, b) => b.order - a.order || a.tie - b.tie)
      .slice(0, MAX_FINDINGS)
      .map((entry) => entry.finding);

  const quote = positive(candidate.quote);
  const hours = positive(candidate.hours);
  const rate = quote !== null && hours !== null ? quote / hours : null;
  // A tiny quote over huge hours can underflow to 0; a huge one overflow.
  const hourlyRate = rate !== null && Number.isFinite(rate) && rate > 0 ? rate : null;

  return {
    score,
    scoreRounded,
    evidence,
    evidencePercent,
    band,
    dealbreakers,
    strengths: top(strengths),
    concerns: top(concerns),
    hourlyRate,
    rateFlag: rateFlagFor(hourlyRate, rateRange),
  };
}
