// Only the type: the first paint of the scorecard loads none of the shared kit.
import type { SupportedCurrency } from "~/lib/format/default-currency";
import { CRITERION_IDS, type CriterionId } from "./criteria";
import type { DealbreakerId } from "./dealbreakers";
import { DEFAULT_PRESET, presetWeights, type PresetId } from "./presets";

/** A rating from 0 (worst) to 4 (best), or null for "not assessed". */
export type Rating = 0 | 1 | 2 | 3 | 4 | null;

/** The highest rating. */
export const MAX_RATING = 4;

/** One person being considered for the role. */
export interface Candidate {
  /** Stable id, unique within a scorecard (not shown to readers). */
  id: string;
  /** Name the reader gave, or the default "Candidate A"; may be blank. */
  name: string;
  /** Rating of every criterion; null where not assessed. */
  ratings: Record<CriterionId, Rating>;
  /** Dealbreakers the reader ticked. */
  dealbreakers: DealbreakerId[];
  /** Free-text note, up to {@link NOTE_MAX_LENGTH} characters. */
  note: string;
  /** Their quote for the job, in the scorecard's currency; null if unknown. */
  quote: number | null;
  /** Hours the reader expects the job to take; null if unknown. */
  hours: number | null;
}

/** The reader's whole scorecard: one role, its weights and the candidates. */
export interface Scorecard {
  /** Role preset the weights started from. */
  role: PresetId;
  /** Weight 0..5 of each criterion; 0 means ignore it. */
  weights: Record<CriterionId, number>;
  /** Hourly rate range the reader expects for the role; either end may be unset. */
  rateRange: { min: number | null; max: number | null };
  /** The currency of every quote and rate in it (the reader picks; USD until then). */
  currency: SupportedCurrency;
  /** The candidates, in the order the reader added them. */
  candidates: Candidate[];
  /**
   * What the reader typed in an amount field that does not hold a valid
   * figure (its number is null meanwhile), kept so a reload shows their text
   * and its error rather than an empty field. Keyed by {@link typedKey}.
   */
  typed?: Record<string, string>;
}

/** The key of an amount field's typed text: "rate.min", "rate.max", "<candidate id>.quote" or ".hours". */
export const typedKey = (owner: string, field: string) => `${owner}.${field}`;

/** Most candidates one scorecard holds, so the side-by-side view stays readable. */
export const MAX_CANDIDATES = 12;

/** Longest candidate name, in characters. */
export const NAME_MAX_LENGTH = 60;

/** Longest note, in characters. */
export const NOTE_MAX_LENGTH = 500;

/** True when `value` is a valid rating (0..4 or null). */
export function isRating(value: unknown): value is Rating {
  return (
    value === null ||
    value === 0 ||
    value === 1 ||
    value === 2 ||
    value === 3 ||
    value === 4
  );
}

/** Every criterion set to "not assessed". */
export function emptyRatings(): Record<CriterionId, Rating> {
  const ratings = {} as Record<CriterionId, Rating>;
  for (const id of CRITERION_IDS) ratings[id] = null;
  return ratings;
}

/**
 * Spreadsheet-style letters for a zero-based index: 0 → "A", 25 → "Z",
 * 26 → "AA", 27 → "AB", 701 → "ZZ", 702 → "AAA". Negative or fractional
 * indexes are treated as 0 and the nearest whole number below.
 */
export function candidateLetters(index: number): string {
  let n = Number.isFinite(index) && index > 0 ? Math.floor(index) : 0;
  let letters = "";
  // Bijective base 26: there is no zero digit, so "Z" is followed by "AA".
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/** The default name for the candidate at a zero-based index: "Candidate A", "Candidate B", … */
export function defaultCandidateName(index: number): string {
  return `Candidate ${candidateLetters(index)}`;
}

/**
 * The name to show for a candidate: the reader's name, trimmed, or the default
 * name for its position when the reader left it blank.
 */
export function candidateDisplayName(
  candidate: Pick<Candidate, "name">,
  index: number,
): string {
  const name = candidate.name.trim();
  return name === "" ? defaultCandidateName(index) : name;
}

/**
 * A blank candidate for a zero-based index: named "Candidate A", "B", …,
 * "AA" after "Z", with the lower-case letters as id unless another id is given.
 */
export function newCandidate(
  index: number,
  id = candidateLetters(index).toLowerCase(),
): Candidate {
  return {
    id,
    name: defaultCandidateName(index),
    ratings: emptyRatings(),
    dealbreakers: [],
    note: "",
    quote: null,
    hours: null,
  };
}

/**
 * The candidate to add after `existing`: the next letter after the current
 * count, skipping any letter whose id or default name is already in use, so
 * removing "Candidate B" and adding one gives "Candidate D", never a second "C".
 * Returns null when the scorecard already holds {@link MAX_CANDIDATES}.
 */
export function nextCandidate(existing: readonly Candidate[]): Candidate | null {
  if (existing.length >= MAX_CANDIDATES) return null;
  const ids = new Set(existing.map((c) => c.id));
  const names = new Set(existing.map((c) => c.name.trim()));
  let index = existing.length;
  while (
    ids.has(candidateLetters(index).toLowerCase()) ||
    names.has(defaultCandidateName(index))
  ) {
    index += 1;
  }
  return newCandidate(index);
}

/** A fresh scorecard for a role: that preset's weights, no rate range, one blank candidate. */
export function newScorecard(role: PresetId = DEFAULT_PRESET): Scorecard {
  return {
    role,
    weights: presetWeights(role),
    rateRange: { min: null, max: null },
    // DEFAULT_CURRENCY, spelled out (see the import above).
    currency: "USD",
    candidates: [newCandidate(0)],
  };
}

/** Whether the reader has rated the candidate on at least one criterion. */
export function isRated(candidate: Candidate): boolean {
  return Object.values(candidate.ratings).some((rating) => rating !== null);
}
