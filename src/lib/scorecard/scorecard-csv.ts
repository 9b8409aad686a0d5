import { toCsv, type CsvCell } from "~/lib/export/csv";
import { cachedNumberFormat } from "~/lib/format/cached-number-format";
import { BAND_TEXT, nextStepText } from "./band-text";
import { candidateDisplayName, isRating, type Scorecard } from "./candidate";
import { CRITERIA } from "./criteria";
import { dealbreakerById } from "./dealbreakers";
import { findingText } from "./finding-text";
import { priceConcernText } from "./price-concern";
import { rankCandidates } from "./rank";
import { effectiveWeight, type RateFlag } from "./score";

const RATE_CHECK: Record<Exclude<RateFlag, null>, string> = {
  "below-range": "Below your range",
  "in-range": "Within your range",
  "above-range": "Above your range",
};

/**
 * A money or hours figure for the sheet. Whole numbers go in as numbers.
 * Fractions are written with the locale's decimal mark ("37,5" for de-DE),
 * because a spreadsheet set to such a locale reads "37.5" as text or a date;
 * no grouping and Latin digits, so the cell still parses as a number there.
 */
function amount(value: number | null, locale: string): CsvCell {
  // Quotes and hours are never negative; one that is came from a bad link.
  if (value === null || !Number.isFinite(value) || value < 0) return null;
  const rounded = Math.round(value * 100) / 100;
  if (Number.isInteger(rounded)) return rounded + 0;
  return cachedNumberFormat(locale, {
    maximumFractionDigits: 2,
    useGrouping: false,
    numberingSystem: "latn",
  }).format(rounded);
}

/**
 * The scorecard as CSV text (RFC 4180, via {@link toCsv}): a header row, then
 * one row per candidate in ranked order with place (a number, with a "yes"
 * in Tied when shared, or "Unranked" / "Ruled out"), name, score, evidence %,
 * band and next step, each criterion's rating (or "not assessed"; the header
 * gives its weight), dealbreakers, quote, hours, implied hourly rate and how it
 * compares with the expected range, strengths, concerns and the note.
 * `locale` sets the decimal mark of fractional amounts; everything else is
 * locale-neutral. Starts with a byte-order mark so Excel reads names correctly.
 */
export function scorecardCsv(scorecard: Readonly<Scorecard>, locale: string): string {
  const header: CsvCell[] = [
    "Rank",
    "Tied",
    "Candidate",
    "Score (0-100)",
    "Evidence (%)",
    "Band",
    "Next step",
    ...CRITERIA.map(
      (c) => `${c.name} (weight ${effectiveWeight(scorecard.weights[c.id])})`,
    ),
    "Dealbreakers",
    `Quote (${scorecard.currency})`,
    "Hours",
    `Hourly rate (${scorecard.currency})`,
    "Rate check",
    "Strengths",
    "Concerns",
    "Note",
  ];
  const rows = rankCandidates(scorecard).map(
    ({ candidate, index, result, rank, tied, rankLabel }) => [
      // The place goes in as a number so the sheet can sort on it; "=2" would
      // also look like a formula and come out with an apostrophe.
      rank ?? rankLabel,
      tied ? "yes" : null,
      candidateDisplayName(candidate, index),
      result.scoreRounded,
      result.evidencePercent,
      BAND_TEXT[result.band].label,
      nextStepText(result.band, result.dealbreakers),
      ...CRITERIA.map((c) => {
        const rating = candidate.ratings[c.id];
        return isRating(rating) && rating !== null ? rating : "not assessed";
      }),
      result.dealbreakers.map((id) => dealbreakerById(id).label).join("; "),
      amount(candidate.quote, locale),
      amount(candidate.hours, locale),
      amount(result.hourlyRate, locale),
      result.rateFlag === null ? null : RATE_CHECK[result.rateFlag],
      result.strengths.map(findingText).join("; "),
      [priceConcernText(result, scorecard, locale), ...result.concerns.map(findingText)]
        .filter(Boolean)
        .join("; "),
      candidate.note,
    ],
  );
  return toCsv([header, ...rows], { bom: true });
}
