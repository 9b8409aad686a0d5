import { newCandidate, newScorecard, type Rating, type Scorecard } from "./candidate";

/** One candidate of a guide's example: the trial as the guide tells it. */
export interface ExampleCandidate {
  /** Their hourly rate in the guide's dollars. */
  readonly rate: number;
  /** Hours billed for the trial. */
  readonly hours: number;
  /** How the trial went, on the "Trial task result" scale (0 to 4). */
  readonly trial: Exclude<Rating, null>;
}

/**
 * The paid trial in /guide/choosing-the-right-person/ ("Look past the price"):
 * three candidates, A to C, one trial each. The scorecard embedded in that
 * guide opens with them (a reader's own saved scorecard still wins), and
 * tests/unit/scorecard/article-examples.test.ts checks them against the prose.
 */
export const TRIAL_EXAMPLE: readonly ExampleCandidate[] = [
  // "usable after a redo": usable after some fixes.
  { rate: 18, hours: 6, trial: 2 },
  // "usable as sent": ready to use as delivered.
  { rate: 40, hours: 2.5, trial: 4 },
  // "missed the deadline, nothing to use": missed the brief.
  { rate: 25, hours: 4, trial: 0 },
];

/** The guide's example as a scorecard: each trial's cost as the quote, its hours, its result. */
export function trialExampleScorecard(): Scorecard {
  const card = newScorecard();
  return {
    ...card,
    candidates: TRIAL_EXAMPLE.map(({ rate, hours, trial }, index) => {
      const candidate = newCandidate(index);
      return {
        ...candidate,
        quote: rate * hours,
        hours,
        ratings: { ...candidate.ratings, trial },
      };
    }),
  };
}
