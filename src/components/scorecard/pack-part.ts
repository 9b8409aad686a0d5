// The scorecard's part of a coach's pack: its link read and written by its
// own link format, from a new scorecard, and its ranking of the candidates.
import { LINK_BASE, queryAndFragment, type PackPart } from "~/lib/pack/pack-types";
import type { Scorecard } from "~/lib/scorecard/candidate";
import { scorecardSession } from "~/stores/scorecard";
import type { ScorecardSummary } from "~/lib/scorecard/summary";
import { scorecardSummaryOf } from "./SummarySection";
import { readLink, scorecardLink } from "~/stores/scorecard-io";

export const packPart: PackPart<Scorecard, ScorecardSummary> = {
  // The session's starting state, as the tool reads a link from it (never started here).
  read: (url) => readLink(url, scorecardSession.core.base()),
  write: (scorecard) => queryAndFragment(scorecardLink(scorecard, new URL(LINK_BASE))),
  summarize: (scorecard) => scorecardSummaryOf(scorecard),
};
