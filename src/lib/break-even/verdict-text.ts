import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import type { BreakEvenResult, DoItYourselfReason } from "./model";
import { timesText } from "./result-figures";

/** The verdict's headline and its reason, as two short strings for the view. */
export interface VerdictText {
  /** "Delegate it", "Delegate only if it keeps coming up", "Do it yourself". */
  headline: string;
  /** One sentence that says why, with the reader's numbers. */
  reason: string;
  /** "good" for delegate, "maybe" for delegate-if-repeats, "no" for do it yourself. */
  tone: "good" | "maybe" | "no";
}

const REASONS: Record<
  Exclude<DoItYourselfReason, "costs-more-than-your-time">,
  string
> = {
  "review-too-long":
    "Briefing and checking each time takes as long as doing the task, so handing it over never gives you time back.",
  "time-not-valued":
    "With your hour valued at zero, paying someone can never save money. Put a value on your hour to compare fairly.",
  "one-off-explaining-costs-more":
    "It happens only once, and handing it over would cost more than simply doing it.",
  "never-pays-back-in-horizon":
    "At this pace the hand-over would not pay for itself even within five years.",
};

/**
 * Turns the model's verdict into words. The reasons mirror the model's
 * branches one to one, so every outcome the model can give has a sentence.
 */
export function verdictText(
  result: BreakEvenResult,
  currency: string,
  locale: string,
): VerdictText {
  const { verdict, inputs, n } = result;
  const months = (m: number) =>
    `${formatNumber(m, locale, 0)} ${m === 1 ? "month" : "months"}`;
  switch (verdict.kind) {
    case "delegate":
      return {
        tone: "good",
        headline: "Delegate it",
        reason: `The hand-over has paid for itself${verdict.basis === "time" ? " in time" : ""} after ${timesText(verdict.breakEven, locale)}, ${verdict.breakEven < n ? "within" : "right at the end of"} your ${months(inputs.months)}.`,
      };
    case "delegate-if-repeats":
      return {
        tone: "maybe",
        headline: "Delegate only if it keeps coming up",
        reason: `It pays back after ${timesText(verdict.atLeast, locale)}, which at this pace takes about ${months(verdict.months)}: longer than your ${months(inputs.months)}.`,
      };
    case "do-it-yourself":
      return {
        tone: "no",
        headline:
          verdict.reason === "time-not-valued"
            ? "Do it yourself, in cash terms"
            : "Do it yourself",
        reason:
          verdict.reason === "costs-more-than-your-time"
            ? `Each handed-over time costs ${formatMoney(result.delegatedCostPerOccurrence, currency, locale)} with your checking, more than the ${formatMoney(result.yourselfCostPerOccurrence, currency, locale)} your own time is worth.`
            : REASONS[verdict.reason],
      };
  }
}
