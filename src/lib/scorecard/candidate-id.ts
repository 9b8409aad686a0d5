import { candidateLetters } from "./candidate";

/** What a candidate id looks like: the lower-case letters the scorecard gives out. */
export const CANDIDATE_ID = /^[a-z]{1,4}$/;

/**
 * The first id not in `taken`, trying the letters after a candidate's
 * position first ("c" for the third), so new ids read like the default names.
 */
export function freeCandidateId(taken: ReadonlySet<string>, index: number): string {
  let n = index;
  while (taken.has(candidateLetters(n).toLowerCase())) n += 1;
  return candidateLetters(n).toLowerCase();
}
