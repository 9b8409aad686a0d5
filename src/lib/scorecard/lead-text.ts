import { candidateDisplayName } from "./candidate";
import { findingText } from "./finding-text";
import type { RankedCandidate } from "./rank";

/** "Ana", "Ana and Bo", "Ana, Bo and Cy". */
function listNames(names: readonly string[]): string {
  if (names.length < 2) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * The comparison's answer to "who do I talk to first, and why", in one or two
 * sentences, from a ranking made by rankCandidates:
 *
 * - nothing rated yet: asks for ratings;
 * - everyone ruled out: keep looking;
 * - a leader with a band: names them (or the candidates tied for first),
 *   gives the band's next step and their top strength;
 * - leaders without enough evidence: run a trial with them;
 * - a leader whose band is "keep looking": no one is a strong match yet.
 */
export function leadText(ranked: readonly RankedCandidate[]): string {
  const first = ranked[0];
  if (first === undefined || first.status === "unranked") {
    return "Rate your candidates to see who to trial first.";
  }
  if (first.status === "ruled-out") {
    return "Every candidate has a dealbreaker: keep looking.";
  }
  const leaders = ranked.filter((r) => r.status === "ranked" && r.rank === first.rank);
  const names = listNames(leaders.map((r) => candidateDisplayName(r.candidate, r.index)));
  const tied = leaders.length > 1;
  const strength = first.result.strengths[0];
  const why = !tied && strength ? ` Strongest point: ${findingText(strength)}.` : "";
  switch (first.result.band) {
    case "hire-small-first-project":
      return tied
        ? `${names} are level at the top: a short paid trial will separate them.`
        : `${names} leads: hire, starting with a small first project.${why}`;
    case "paid-trial-first":
      return `Trial ${names} first: the strongest ${tied ? "matches" : "match"} so far.${why}`;
    case "not-enough-evidence":
      return `Not enough evidence yet: run a trial, starting with ${names}.`;
    default:
      return "No one is a strong match yet: keep looking.";
  }
}
