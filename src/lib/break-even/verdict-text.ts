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
  const money = (value: number) => formatMoney(value, currency, locale);
  const words = (
    headline: string,
    tone: VerdictText["tone"],
    why: string,
  ): VerdictText => ({
    headline,
    tone,
    // With no value on an hour, every verdict weighs time only, and says so first.
    reason:
      inputs.value === 0
        ? (reasons?.["on-time-alone"] ?? "") + why.charAt(0).toLowerCase() + why.slice(1)
        : why,
  });
  switch (verdict.kind) {
    case "delegate":
      // A one-off has no "after so many times" and no horizon to fill: it pays or not.
      if (inputs.per === "once")
        return words("Delegate it", "good", reasons?.["once-pays"] ?? "");
      return words(
        "Delegate it",
        "good",
        `The hand-over has paid for itself${verdict.basis === "time" ? " in time" : ""} after ${timesText(verdict.breakEven, locale)}, ${verdict.breakEven < n ? "within" : "right at the end of"} your ${months(inputs.months)}.`,
      );
    case "delegate-if-repeats":
      return words(
        "Delegate only if it keeps coming up",
        "maybe",
        `It pays back${verdict.basis === "time" ? " in time" : ""} after ${timesText(verdict.atLeast, locale)}, which at this pace takes about ${months(verdict.months)}: longer than your ${months(inputs.months)}.`,
      );
    case "do-it-yourself":
      return words(
        "Do it yourself",
        "no",
        verdict.reason === "costs-more-than-your-time"
          ? `Handed over, each time costs ${money(result.delegatedCostPerOccurrence)} with your checking, more than the ${money(result.yourselfCostPerOccurrence)} your own time for it is worth.`
          : (reasons?.[verdict.reason] ?? ""),
      );
  }
}
