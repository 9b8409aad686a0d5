import type { DoItYourselfReason } from "./model";

/** The do-it-yourself reasons whose sentence needs none of the reader's numbers. */
export type FixedReason = Exclude<DoItYourselfReason, "costs-more-than-your-time">;

/** A sentence for each {@link FixedReason}. */
export type VerdictReasons = Readonly<Record<FixedReason, string>>;

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
};
