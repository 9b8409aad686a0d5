import { formatWith } from "~/lib/format/cached-number-format";
import { formatMoney } from "~/lib/format/format-money";
import type { Scorecard } from "./candidate";
import type { CandidateResult } from "./score";

/**
 * The price as a concern, when the candidate's implied hourly rate lies
 * outside the range the reader expects: "Price: about $250 an hour, above the
 * range you expect ($30 to $60 an hour)". A concern, not a dealbreaker: it
 * leaves the band alone, but the card and the comparison list it so nobody
 * hires at five times the budget without noticing. Null when the rate is in
 * the range, or there is no rate or no range.
 */
export function priceConcernText(
  result: Pick<CandidateResult, "hourlyRate" | "rateFlag">,
  scorecard: Pick<Scorecard, "rateRange" | "currency">,
  locale: string,
): string | null {
  const { hourlyRate, rateFlag } = result;
  if (hourlyRate === null || (rateFlag !== "above-range" && rateFlag !== "below-range"))
    return null;
  // The reader's own whole-number ends read "$30", not "$30.00".
  const money = (value: number) =>
    Number.isInteger(value)
      ? formatWith(
          locale,
          {
            style: "currency",
            currency: scorecard.currency,
            minimumFractionDigits: 0,
            maximumFractionDigits: 0,
          },
          value,
        )
      : formatMoney(value, scorecard.currency, locale);
  const ends = [scorecard.rateRange.min, scorecard.rateRange.max]
    .filter((end): end is number => end !== null && Number.isFinite(end) && end >= 0)
    .sort((a, b) => a - b);
  const [low, high] = ends;
  let range = "";
  if (low !== undefined && high !== undefined) range = `${money(low)} to ${money(high)}`;
  else if (low !== undefined)
    range = `${scorecard.rateRange.min === null ? "at most" : "at least"} ${money(low)}`;
  const side = rateFlag === "above-range" ? "above" : "below";
  return `Price: about ${money(hourlyRate)} an hour, ${side} the range you expect (${range} an hour)`;
}
