import type { DealbreakerId } from "./dealbreakers";

/**
 * Why each dealbreaker ends the conversation, in a sentence or two. Kept apart
 * from DEALBREAKERS because only the tool page's explanation shows it, so the
 * scorecard island does not carry it.
 */
export const DEALBREAKER_WHY: Readonly<Record<DealbreakerId, string>> = {
  "failed-trial":
    "The trial is the cheapest place to learn how someone works. If they fail it, or will not do one, you have nothing you can trust about their work.",
  "copied-work":
    "Passing off someone else's work is a scam, not a slip, and it is your name and your customers that carry the risk.",
  "missed-deadline":
    "Delays happen; going quiet about one should not. Someone who disappears while trying to win the job will disappear when it matters.",
  "off-platform":
    "Money moved outside the platform loses the protection it gives both sides, and the request is a common first step in fraud.",
};
