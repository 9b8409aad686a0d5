import { BAND_TEXT, nextStepText } from "~/lib/scorecard/band-text";
import { candidateDisplayName, newCandidate } from "~/lib/scorecard/candidate";
import { PRESETS } from "~/lib/scorecard/presets";
import { rankCandidates } from "~/lib/scorecard/rank";
import { validateScorecard } from "~/lib/scorecard/validate-scorecard";
import type { Scorecard } from "~/lib/scorecard/candidate";
import { readEnvelope } from "~/lib/storage/envelope";

/** One candidate's line in the summary, in ranked order. */
export interface CandidateLine {
  /** "1", "=2", "Unranked" or "Ruled out". */
  readonly place: string;
  readonly name: string;
  /** "74" or "no score yet". */
  readonly score: string;
  readonly evidencePercent: number;
  /** The band's short name, e.g. "Paid trial first". */
  readonly band: string;
}

/** What the summary shows of the reader's saved scorecard. */
export interface ScorecardSummary {
  /** The role preset's name, e.g. "Admin assistant". */
  readonly role: string;
  readonly candidates: readonly CandidateLine[];
  /** The next step for the candidate in first place (or the first listed). */
  readonly nextStep: string;
}

/** The scorecard's stored-state version (src/stores/scorecard.ts). */
const VERSION = 1;

/**
 * Reads the scorecard's stored text (the "handoff:scorecard" envelope)
 * through the tool's own validator and ranking. Null when nothing usable is
 * stored, or when no candidate has a name or a rating yet (nothing to summarise).
 */
export function scorecardSummary(
  raw: string | null | undefined,
): ScorecardSummary | null {
  const { value: scorecard } = readEnvelope(raw, VERSION, validateScorecard);
  return scorecard ? scorecardSummaryOf(scorecard) : null;
}

/**
 * The summary of a scorecard, wherever it came from (saved, or a coach's
 * pack), through the tool's own ranking. Null when no candidate has a name
 * or a rating yet.
 */
export function scorecardSummaryOf(
  scorecard: Readonly<Scorecard>,
): ScorecardSummary | null {
  const ranked = rankCandidates(scorecard);
  // A fresh scorecard holds "Candidate A", unrated: nothing the reader did.
  const started = scorecard.candidates.some(
    (c, index) =>
      (c.name.trim() !== "" && c.name.trim() !== newCandidate(index).name) ||
      Object.values(c.ratings).some((rating) => rating !== null && rating !== undefined),
  );
  const top = ranked[0];
  if (!started || !top) return null;
  return {
    role: PRESETS.find((preset) => preset.id === scorecard.role)?.label ?? "",
    candidates: ranked.map((entry) => ({
      place: entry.rankLabel,
      name: candidateDisplayName(entry.candidate, entry.index),
      score:
        entry.result.scoreRounded === null
          ? "no score yet"
          : String(entry.result.scoreRounded),
      evidencePercent: entry.result.evidencePercent,
      band: BAND_TEXT[entry.result.band].label,
    })),
    nextStep: `${candidateDisplayName(top.candidate, top.index)}: ${nextStepText(top.result.band, top.result.dealbreakers)}`,
  };
}
