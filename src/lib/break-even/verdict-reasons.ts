import type { DoItYourselfReason } from "./model";

/** The do-it-yourself reasons whose sentence needs none of the reader's numbers. */
export type FixedReason = Exclude<DoItYourselfReason, "costs-more-than-your-time">;

/**
 * The other words of the verdict, its figures and the result's parts. Those
 * with {placeholders} are filled in with the reader's numbers (`fillIn`).
 */
export type FixedPhrase =
  | "headline-delegate"
  | "headline-repeats"
  | "headline-yourself"
  | "paid-back"
  | "pays-back-later"
  | "costs-more"
  | "pending"
  | "fix-first"
  | "live"
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
  | "not-within"
  | "after"
  | "after-dated"
  | "hours-back"
  | "hours-lost"
  | "net-paid"
  | "net-worth"
  | "net-costs"
  | "label-over"
  | "per-hour"
  | "per-hour-unvalued"
  | "over-once"
  | "over-horizon"
  | "flip-time"
  | "flip-time-none"
  | "flip-none"
  | "flip-pays"
  | "flip-review";

/** A sentence for each {@link FixedReason}, and the words of each {@link FixedPhrase}. */
export type VerdictReasons = Readonly<Record<FixedReason | FixedPhrase, string>>;

/**
 * The sentences, kept out of the calculator's JavaScript: break-even/Tool.astro hands
 * them to the island as props, so they travel in the page's HTML.
 */
export const VERDICT_REASONS: VerdictReasons = {
  "headline-delegate": "Delegate it",
  "headline-repeats": "Delegate only if it keeps coming up",
  "headline-yourself": "Do it yourself",
  "paid-back":
    "The hand-over has paid for itself{inTime} after {times}, {when} your {horizon}.",
  "pays-back-later":
    "It pays back{inTime} after {times}, which at this pace takes about {months}: longer than your {horizon}.",
  "costs-more":
    "Handed over, each time costs {delegated} with your checking, more than the {yourself} your own time for it is worth.",
  pending: "Your result appears once every field holds a valid number.",
  "fix-first": "Fix the fields marked in red first.",
  live: "Result: ",
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
  "not-within": "not within your {horizon}",
  after: "after {times}",
  "after-dated": "after {times} (around {date} if you start today)",
  "hours-back": "you get back {hours}",
  "hours-lost": "you spend {hours} more",
  "net-paid": ", and pay {money}",
  "net-worth": ", worth {money} net",
  "net-costs": ", and it costs {money} more than doing it yourself",
  "label-over": "Over {horizon} ({count})",
  "per-hour": "{perHour}, against the {value} your hour is worth",
  "per-hour-unvalued": "{perHour}; give your hour a value to compare",
  "over-once": "for its one time",
  "over-horizon": "over this horizon",
  "flip-time": "you get time back with up to {minutes} of your checking each time",
  "flip-time-none": "no amount of checking gives you time back {over}",
  "flip-none": "no price makes delegating pay {over}; whatever the price, {time}.",
  "flip-pays":
    "delegating still pays at up to {price} a time{review}; whatever the price, {time}.",
  "flip-review": " or up to {minutes} of your checking each time",
};
