import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import type { BreakEvenResult } from "./model";
import type { VerdictReasons } from "./verdict-reasons";
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

/**
 * Turns the model's verdict into words. The reasons mirror the model's
 * branches one to one, so every outcome the model can give has a sentence;
 * those that need no numbers come from `reasons` (verdict-reasons.ts).
 */
export function verdictText(
  result: BreakEvenResult,
  currency: string,
  locale: string,
  reasons: VerdictReasons | undefined,
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
            : (reasons?.[verdict.reason] ?? ""),
      };
  }
}
