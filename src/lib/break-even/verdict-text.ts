import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import type { BreakEvenResult } from "./model";
import { fillIn } from "./fill-in";
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
  const w = (key: keyof VerdictReasons) => reasons?.[key] ?? "";
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
        ? w("on-time-alone") + why.charAt(0).toLowerCase() + why.slice(1)
        : why,
  });
  const inTime =
    verdict.kind !== "do-it-yourself" && verdict.basis === "time" ? " in time" : "";
  switch (verdict.kind) {
    case "delegate":
      // A one-off has no "after so many times" and no horizon to fill: it pays or not.
      return words(
        w("headline-delegate"),
        "good",
        inputs.per === "once"
          ? w("once-pays")
          : fillIn(w("paid-back"), {
              inTime,
              times: timesText(verdict.breakEven, locale),
              when: verdict.breakEven < n ? "within" : "right at the end of",
              horizon: months(inputs.months),
            }),
      );
    case "delegate-if-repeats":
      return words(
        w("headline-repeats"),
        "maybe",
        fillIn(w("pays-back-later"), {
          inTime,
          times: timesText(verdict.atLeast, locale),
          months: months(verdict.months),
          horizon: months(inputs.months),
        }),
      );
    case "do-it-yourself":
      return words(
        w("headline-yourself"),
        "no",
        verdict.reason === "costs-more-than-your-time"
          ? fillIn(w("costs-more"), {
              delegated: money(result.delegatedCostPerOccurrence),
              yourself: money(result.yourselfCostPerOccurrence),
            })
          : w(verdict.reason),
      );
  }
}
