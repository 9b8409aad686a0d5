import { DEFAULT_CURRENCY, SUPPORTED_CURRENCIES } from "~/lib/format/default-currency";
import { validAmount } from "./amount-limits";
import {
  isRating,
  MAX_CANDIDATES,
  NAME_MAX_LENGTH,
  newCandidate,
  NOTE_MAX_LENGTH,
  typedKey,
  type Candidate,
  type Scorecard,
} from "./candidate";
import { CANDIDATE_ID, freeCandidateId } from "./candidate-id";
import { cleanText } from "~/lib/text/clean-text";
import { CRITERION_IDS } from "./criteria";
import { DEALBREAKER_IDS, type DealbreakerId } from "./dealbreakers";
import { DEFAULT_PRESET, isPresetId, MAX_WEIGHT, presetWeights } from "./presets";

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Reads an own property only, so "__proto__" or "constructor" in JSON mean nothing. */
const own = (object: Loose, key: string): unknown =>
  Object.hasOwn(object, key) ? object[key] : undefined;

/** A whole weight 0..{@link MAX_WEIGHT}, or null. */
export function validWeight(value: unknown): number | null {
  return typeof value === "number" &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= MAX_WEIGHT
    ? value + 0
    : null;
}

function readCandidate(data: Loose, index: number, taken: Set<string>): Candidate {
  const rawId = own(data, "id");
  const id =
    typeof rawId === "string" && CANDIDATE_ID.test(rawId) && !taken.has(rawId)
      ? rawId
      : freeCandidateId(taken, index);
  taken.add(id);
  const candidate = newCandidate(index, id);
  const rawName = own(data, "name");
  candidate.name = cleanText(
    typeof rawName === "string" ? rawName : candidate.name,
    NAME_MAX_LENGTH,
    false,
  ).text;
  const ratings = own(data, "ratings");
  if (isObject(ratings)) {
    for (const criterion of CRITERION_IDS) {
      const rating = own(ratings, criterion);
      candidate.ratings[criterion] = isRating(rating) ? rating : null;
    }
  }
  const ticked = own(data, "dealbreakers");
  if (Array.isArray(ticked)) {
    candidate.dealbreakers = dealbreakersFrom(ticked);
  }
  candidate.note = cleanText(own(data, "note") ?? "", NOTE_MAX_LENGTH, true).text;
  candidate.quote = validAmount(own(data, "quote"), "quote");
  candidate.hours = validAmount(own(data, "hours"), "hours");
  return candidate;
}

/**
 * Builds a scorecard from untrusted stored data (straight from JSON.parse),
 * or returns null when it is not a scorecard at all: not an object, or with
 * no candidate list. Never throws, and never copies the input: every field
 * is read on its own and rebuilt, so stray keys are dropped.
 *
 * Within a scorecard it forgives what it can: an unknown role becomes the
 * default, a missing or bad weight the role's own, a bad rating "not
 * assessed", unknown dealbreakers and ids are dropped or replaced, names and
 * notes are cleaned and cut to length, bad amounts cleared, and only the
 * first {@link MAX_CANDIDATES} candidates are kept (at least one: an empty
 * list gets a blank "Candidate A").
 */
export function validateScorecard(data: unknown): Scorecard | null {
  if (!isObject(data)) return null;
  const candidates = own(data, "candidates");
  if (!Array.isArray(candidates)) return null;

  const rawRole = own(data, "role");
  const role = isPresetId(rawRole) ? rawRole : DEFAULT_PRESET;
  const weights = presetWeights(role);
  const rawWeights = own(data, "weights");
  if (isObject(rawWeights)) {
    for (const criterion of CRITERION_IDS) {
      weights[criterion] = validWeight(own(rawWeights, criterion)) ?? weights[criterion];
    }
  }
  const range = own(data, "rateRange");
  const rateRange = isObject(range)
    ? {
        min: validAmount(own(range, "min"), "rate"),
        max: validAmount(own(range, "max"), "rate"),
      }
    : { min: null, max: null };

  const taken = new Set<string>();
  const list = candidates
    .slice(0, MAX_CANDIDATES)
    .filter(isObject)
    .map((entry, index) => readCandidate(entry, index, taken));
  const rawCurrency = own(data, "currency");
  // Scorecards saved before there was a currency were in dollars, the default.
  const currency =
    SUPPORTED_CURRENCIES.find((code) => code === rawCurrency) ?? DEFAULT_CURRENCY;
  const kept = list.length > 0 ? list : [newCandidate(0)];
  const typed = typedFrom(own(data, "typed"), kept);
  return {
    role,
    weights,
    rateRange,
    currency,
    candidates: kept,
    ...(typed ? { typed } : {}),
  };
}

/**
 * The typed text of amount fields that belong to this scorecard (the rate
 * range, or a candidate it holds), or undefined when there is none.
 */
function typedFrom(value: unknown, candidates: readonly Candidate[]) {
  if (!isObject(value)) return undefined;
  const keys = [
    typedKey("rate", "min"),
    typedKey("rate", "max"),
    ...candidates.flatMap((c) => [typedKey(c.id, "quote"), typedKey(c.id, "hours")]),
  ];
  const typed: Record<string, string> = {};
  for (const key of keys) {
    const text = own(value, key);
    if (typeof text === "string" && text.trim() !== "") typed[key] = text;
  }
  return Object.keys(typed).length > 0 ? typed : undefined;
}

/** Dealbreaker ids from any list, without repeats, in catalogue order. */
export function dealbreakersFrom(list: readonly unknown[]): DealbreakerId[] {
  return DEALBREAKER_IDS.filter((id) => list.includes(id));
}
