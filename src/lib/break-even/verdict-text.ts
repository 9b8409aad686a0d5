import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import type { BreakEvenResult } from "./model";

/** The verdict's headline and its reason, as two short strings for the view. */
export interface VerdictText {
  /** "Delegate it", "Delegate only if it keeps coming up", "Do it yourself". */
  headline: string;
  /** One sentence that says why, with the reader's numbers. */
  reason: string;
  /** "good" for delegate, "maybe" for delegate-if-repeats, "no" for do it yourself. */
  tone: "good" | "maybe" | "no";
}

const times = (k: number, locale: string) =>
  k === 1 ? "the first time" : `${formatNumber(k, locale, 0)} times`;

/**
 * Turns the model's verdict into words. The reasons mirror the model's
 * branches one to one, so every outcome the model can give has a sentence.
 */
export function verdictText(
  result: BreakEvenResult,
  currency: string,
  locale: string,
): VerdictText {
  const { verdict, inputs } = result;
  const horizon = `${formatNumber(inputs.months, locale, 0)} ${inputs.months === 1 ? "month" : "months"}`;
  const money = (value: number) => formatMoney(value, currency, locale);
  switch (verdict.kind) {
    case "delegate":
      return {
        tone: "good",
        headline: "Delegate it",
        reason:
          verdict.basis === "time"
            ? `The hand-over has paid for itself in time after ${times(verdict.breakEven, locale)}, well inside your ${horizon}.`
            : `The hand-over has paid for itself after ${times(verdict.breakEven, locale)}, well inside your ${horizon}.`,
      };
    case "delegate-if-repeats":
      return {
        tone: "maybe",
        headline: "Delegate only if it keeps coming up",
        reason: `It pays back after ${times(verdict.atLeast, locale)}, which at this pace takes about ${formatNumber(verdict.months, locale, 0)} months: longer than your ${horizon}.`,
      };
    case "do-it-yourself":
      switch (verdict.reason) {
        case "review-too-long":
          return {
            tone: "no",
            headline: "Do it yourself",
            reason:
              "Briefing and checking each time takes as long as doing the task, so handing it over never gives you time back.",
          };
        case "time-not-valued":
          return {
            tone: "no",
            headline: "Do it yourself, in cash terms",
            reason:
              "With your hour valued at zero, paying someone can never save money. Put a value on your hour to compare fairly.",
          };
        case "costs-more-than-your-time":
          return {
            tone: "no",
            headline: "Do it yourself",
            reason: `Each handed-over time costs ${money(result.delegatedCostPerOccurrence)} with your checking, more than the ${money(result.yourselfCostPerOccurrence)} your own time is worth.`,
          };
        case "one-off-explaining-costs-more":
          return {
            tone: "no",
            headline: "Do it yourself",
            reason:
              "It happens only once, and handing it over would cost more than simply doing it.",
          };
        case "never-pays-back-in-horizon":
          return {
            tone: "no",
            headline: "Do it yourself",
            reason:
              "At this pace the hand-over would not pay for itself even within five years.",
          };
      }
  }
}
