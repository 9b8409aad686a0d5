// The candidate scorecard's state: the scorecard (from a link, saved state or
// a fresh one), which candidate is open, and the ranking derived from them. Names and notes never leave the browser except
// in a link the reader copies, and there only after "#".
import { atom, computed } from "nanostores";
import { BAND_TEXT, nextStepText } from "~/lib/scorecard/band-text";
import {
  candidateDisplayName,
  MAX_CANDIDATES,
  NAME_MAX_LENGTH,
  newScorecard,
  isRated,
  nextCandidate,
  NOTE_MAX_LENGTH,
  typedKey,
  type Candidate,
  type Rating,
  type Scorecard,
} from "~/lib/scorecard/candidate";
import type { CriterionId } from "~/lib/scorecard/criteria";
import { DEALBREAKER_IDS, type DealbreakerId } from "~/lib/scorecard/dealbreakers";
import { presetWeights, type PresetId } from "~/lib/scorecard/presets";
import { findingText } from "~/lib/scorecard/finding-text";
import type { SupportedCurrency } from "~/lib/format/default-currency";
import { rankCandidates, type RankedCandidate } from "~/lib/scorecard/rank";
import { freeCandidateId } from "~/lib/scorecard/candidate-id";
import { $locale, adoptReaderLocale } from "./locale";
import { readStored } from "./storage-engine";
import { $embedded, type StartOptions } from "./embedded";
import { createToolSession } from "./tool-session";

export { $locale };

const STORAGE_KEY = "handoff:scorecard";

// Links and saved state are read by code that loads only when there is one
// (see scorecard-io.ts); a first visit needs neither.
let io: typeof import("./scorecard-io") | undefined;

const loadIo = async () => (io ??= await import("./scorecard-io"));

/** Whether anything is saved, without going through the session (which would validate it). */
const hasSaved = (): boolean => readStored(STORAGE_KEY) !== undefined;

export const scorecardSession = createToolSession<Scorecard>({
  storageKey: STORAGE_KEY,
  version: 1,
  initial: () => newScorecard(),
  validate(data) {
    if (io) return io.validateScorecard(data);
    // Saved state this visit did not expect (another tab's first save): read
    // it once the validator is here.
    void loadIo().then(() => {
      if (scorecardSession.$source.get() === "own") scorecardSession.start();
    });
    return null;
  },
  link: () =>
    loadIo().then((loaded) => ({
      fromUrl: loaded.readLink,
      toUrl: loaded.scorecardLink,
      clearUrl: loaded.clearScorecardLink,
    })),
  persist: () => !$embedded.get(),
  worthKeeping: (card) => card.candidates.some(isRated),
});

/** The scorecard on screen. */
export const $scorecard = scorecardSession.$state;

/** Every candidate scored and in ranked order. */
export const $ranked = computed($scorecard, rankCandidates);

const $openId = atom("");

/** The candidate being rated: the one the reader chose, or the first. */
export const $open = computed([$scorecard, $openId], (scorecard, id) => {
  const index = Math.max(
    0,
    scorecard.candidates.findIndex((c) => c.id === id),
  );
  return { candidate: scorecard.candidates[index] as Candidate, index };
});

/**
 * The open candidate's result and what it says in words: for its card, and
 * for the announcement made when it changes.
 */
export const $openResult = computed([$open, $ranked], ({ candidate, index }, ranked) => {
  // rankCandidates keeps every candidate, so the open one is always there.
  const entry = ranked.find((r) => r.candidate.id === candidate.id) as RankedCandidate;
  const { result } = entry;
  const score =
    result.scoreRounded === null ? "no score yet" : `score ${result.scoreRounded}`;
  return {
    result,
    band: BAND_TEXT[result.band].label,
    nextStep: nextStepText(result.band, result.dealbreakers),
    strengths: result.strengths.map(findingText),
    concerns: result.concerns.map(findingText),
    // The price as a concern is written by PriceConcern, which loads only then.
    priceConcern: result.rateFlag === "above-range" || result.rateFlag === "below-range",
    announcement: `${candidateDisplayName(candidate, index)}: ${score}, evidence ${result.evidencePercent}%, ${BAND_TEXT[result.band].label}, place ${entry.rankLabel}.`,
  };
});

/**
 * Starts the scorecard in the browser: the reader's locale, then a link, saved
 * state, or a guide's example, or a fresh one. In an embed, saved state is
 * neither read nor written.
 */
export async function startScorecard({
  embedded = false,
  example,
}: StartOptions & { example?: Scorecard | undefined } = {}): Promise<void> {
  $embedded.set(embedded);
  adoptReaderLocale();
  $openId.set("");
  if (!embedded && hasSaved()) await loadIo();
  await scorecardSession.start(example);
}

const change = (fn: (scorecard: Scorecard) => Scorecard) => scorecardSession.update(fn);

/** The session's occasional actions (Undo, start over), loaded on first use. */
const actions = () => import("./tool-session-actions");

/** Applies `fn` to one candidate. */
function changeCandidate(id: string, fn: (candidate: Candidate) => Candidate): void {
  change((s) => ({
    ...s,
    candidates: s.candidates.map((c) => (c.id === id ? fn(c) : c)),
  }));
}

/** The reader picked a role: its preset weights replace the current ones. */
export function setRole(role: PresetId): void {
  change((s) => ({ ...s, role, weights: presetWeights(role) }));
}

/** The reader changed one weight (0 = ignore the criterion). */
export function setWeight(criterion: CriterionId, weight: number): void {
  change((s) => ({ ...s, weights: { ...s.weights, [criterion]: weight } }));
}

/** Puts back the role preset's weights. */
export function resetWeights(): void {
  change((s) => ({ ...s, weights: presetWeights(s.role) }));
}

/**
 * `typed` with the text of one amount field: kept while it holds no valid
 * figure (`value` null), dropped once it does or is emptied.
 */
function withTyped(
  scorecard: Scorecard,
  key: string,
  value: number | null,
  text: string,
) {
  const { [key]: _old, ...rest } = scorecard.typed ?? {};
  const typed = value === null && text.trim() !== "" ? { ...rest, [key]: text } : rest;
  const { typed: _typed, ...card } = scorecard;
  return Object.keys(typed).length > 0 ? { ...card, typed } : card;
}

/**
 * The reader set one end of the hourly rate range they expect (null when
 * empty or not valid; `text` is what they typed, kept when not valid).
 */
export function setRateRange(end: "min" | "max", value: number | null, text = ""): void {
  change((s) => ({
    ...withTyped(s, typedKey("rate", end), value, text),
    rateRange: { ...s.rateRange, [end]: value },
  }));
}

/** The reader picked the currency of quotes and rates. */
export function setScorecardCurrency(currency: SupportedCurrency): void {
  change((s) => ({ ...s, currency }));
}

/** Opens a candidate's card. */
export function openCandidate(id: string): void {
  $openId.set(id);
}

/** Adds a blank candidate and opens it; does nothing at {@link MAX_CANDIDATES}. */
export function addCandidate(): void {
  const added = nextCandidate($scorecard.get().candidates);
  if (!added) return;
  change((s) => ({ ...s, candidates: [...s.candidates, added] }));
  $openId.set(added.id);
}

/** Adds a copy of a candidate (ratings, ticks, figures and note) next to it and opens it. */
export function duplicateCandidate(id: string): void {
  const { candidates } = $scorecard.get();
  const index = candidates.findIndex((c) => c.id === id);
  const source = candidates[index];
  if (!source || candidates.length >= MAX_CANDIDATES) return;
  const copyId = freeCandidateId(new Set(candidates.map((c) => c.id)), candidates.length);
  const name = source.name.trim() === "" ? "" : `${source.name.trim()} (copy)`;
  const copy: Candidate = {
    ...source,
    id: copyId,
    name: name.slice(0, NAME_MAX_LENGTH),
    ratings: { ...source.ratings },
    dealbreakers: [...source.dealbreakers],
  };
  change((s) => ({
    ...s,
    candidates: [
      ...s.candidates.slice(0, index + 1),
      copy,
      ...s.candidates.slice(index + 1),
    ],
  }));
  $openId.set(copyId);
}

/** Removes a candidate (never the last one); Undo puts it back where it stood. */
export function removeCandidate(id: string): void {
  const { candidates } = $scorecard.get();
  const index = candidates.findIndex((c) => c.id === id);
  const candidate = candidates[index];
  if (!candidate || candidates.length <= 1) return;
  change((s) => ({ ...s, candidates: s.candidates.filter((c) => c.id !== id) }));
  void actions().then((m) =>
    m.offerUndo(scorecardSession, {
      text: `Removed ${candidateDisplayName(candidate, index)}.`,
      revert: (s) => withCandidateBack(s, candidate, index),
    }),
  );
  const neighbour = candidates[index + 1] ?? candidates[index - 1];
  if (neighbour) $openId.set(neighbour.id);
}

/**
 * `scorecard` with a removed candidate back at `index` (under a new id if its
 * own was taken since), opened; unchanged when the scorecard is full.
 */
function withCandidateBack(scorecard: Scorecard, removed: Candidate, index: number) {
  const { candidates } = scorecard;
  if (candidates.length >= MAX_CANDIDATES) return scorecard;
  const ids = new Set(candidates.map((c) => c.id));
  const candidate = ids.has(removed.id)
    ? { ...removed, id: freeCandidateId(ids, candidates.length) }
    : removed;
  $openId.set(candidate.id);
  return {
    ...scorecard,
    candidates: [...candidates.slice(0, index), candidate, ...candidates.slice(index)],
  };
}

/** The reader typed a name; blank shows the default "Candidate B". */
export function renameCandidate(id: string, name: string): void {
  changeCandidate(id, (c) => ({
    ...c,
    name: name.slice(0, NAME_MAX_LENGTH),
  }));
}

/** The reader rated a criterion (null = not assessed). */
export function rate(id: string, criterion: CriterionId, rating: Rating): void {
  changeCandidate(id, (c) => ({ ...c, ratings: { ...c.ratings, [criterion]: rating } }));
}

/** The reader ticked or cleared a dealbreaker (kept in catalogue order, as links and storage expect). */
export function setDealbreaker(
  id: string,
  dealbreaker: DealbreakerId,
  on: boolean,
): void {
  changeCandidate(id, (c) => ({
    ...c,
    dealbreakers: DEALBREAKER_IDS.filter((d) =>
      d === dealbreaker ? on : c.dealbreakers.includes(d),
    ),
  }));
}

/** The reader typed a note. */
export function setNote(id: string, note: string): void {
  changeCandidate(id, (c) => ({
    ...c,
    note: note.slice(0, NOTE_MAX_LENGTH),
  }));
}

/**
 * The reader entered a quote or hours (null when empty or not valid; `text`
 * is what they typed, kept when not valid).
 */
export function setFigure(
  id: string,
  field: "quote" | "hours",
  value: number | null,
  text = "",
): void {
  change((s) => ({
    ...withTyped(s, typedKey(id, field), value, text),
    candidates: s.candidates.map((c) => (c.id === id ? { ...c, [field]: value } : c)),
  }));
}

/** Starts over: a fresh scorecard with one blank candidate (Undo brings the old one back). */
export function startOver(): Promise<void> {
  return actions().then((m) => m.startOver(scorecardSession));
}
