// The scorecard's way in and out of the page: reading and writing links, and
// checking saved state. Loaded by the store only when the address holds a
// scorecard or something is saved, and with the comparison (Copy link).
import type { Scorecard } from "~/lib/scorecard/candidate";
import { readScorecardLink } from "~/lib/scorecard/scorecard-link";
import { $locale } from "./locale";

export { clearScorecardLink, scorecardLink } from "~/lib/scorecard/scorecard-link";
export { validateScorecard } from "~/lib/scorecard/validate-scorecard";

/** Reads a shared link in the reader's locale; see readScorecardLink. */
export const readLink = (url: URL, base: Scorecard) =>
  readScorecardLink(url, base, $locale.get());
