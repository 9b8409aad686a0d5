import type { DoItYourselfReason } from "./model";

/** The do-it-yourself reasons whose sentence needs none of the reader's numbers. */
export type FixedReason = Exclude<DoItYourselfReason, "costs-more-than-your-time">;

/** The other words of the verdict and its figures that need none of the reader's numbers. */
export type FixedPhrase =
  | "once-pays"
  | "on-time-alone"
  | "label-time"
  | "label-money"
  | "label-once"
  | "label-per-hour"
  | "label-flip"
  | "never-time"
  | "never-money"
  | "once-no"
  | "once-yes"
  | "money-unweighed"
  | "no-hour-freed"
  | "value-your-hour";

/** A sentence for each {@link FixedReason}, and the words of each {@link FixedPhrase}. */
export type VerdictReasons = Readonly<Record<FixedReason | FixedPhrase, string>>;

/**
 * The sentences, kept out of the calculator's JavaScript: break-even/Tool.astro hands
 * them to the island as props, so they travel in the page's HTML.
 */
export const VERDICT_REASONS: VerdictReasons = {
  "review-too-long":
    "Briefing and checking each time takes as long as doing the task, so handing it over never gives you time back.",
  "one-off-explaining-costs-more":
    "It happens only once, and handing it over would cost more than simply doing it.",
  "never-pays-back-in-horizon":
    "At this pace the hand-over would not pay for itself even within five years.",
  "once-pays":
    "It happens only once, and handing it over already costs less than doing it yourself.",
  "on-time-alone": "Judged on your time alone, as your hour is valued at 0: ",
  "label-time": "Pays back in time",
  "label-money": "Pays back in money",
  "label-once": "For its one time",
  "label-per-hour": "Each hour you get back costs",
  "label-flip": "What would flip it",
  "never-time": "never: checking takes as long as doing it",
  "never-money": "never, at these numbers",
  "once-no": "no: it is done only once",
  "once-yes": "yes, on its one time",
  "money-unweighed": "cannot be weighed: give your hour a value to compare money",
  "no-hour-freed": "nothing comes back: no hour is freed",
  "value-your-hour": "give your hour a value to compare",
};
