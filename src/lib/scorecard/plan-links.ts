// "Plan the hand-over with this candidate": the two places a chosen candidate
// goes next. The calculator gets their quote as the price each time (the
// scorecard's quote is for the job, so one job is one occurrence) and, when
// the reader gave the job's hours, those as the time to do it yourself; the
// checklist gets their name in its fragment (names never go in a query).
import { calculatorHref, type CalculatorFigures } from "~/lib/break-even/calculator-href";
import { ONBOARDING_PATH, withContractor } from "~/lib/onboarding/contractor-fragment";
import { cleanText } from "~/lib/text/clean-text";
import { NAME_MAX_LENGTH, type Candidate, type Scorecard } from "./candidate";

/** The calculator's limits these figures must fit (break-even/inputs.ts). */
export const CALCULATOR_LIMITS = {
  minutes: { min: 1, max: 10_000 },
  price: { min: 0, max: 1_000_000 },
} as const;

const twoDecimals = (x: number) => Math.round(x * 100) / 100 + 0;

/** A link, or what the reader must fill in (or do) instead. */
export type PlanLink = { href: string } | { missing: string };

/**
 * The calculator's figures for a candidate: their quote as the price each time
 * and the job's hours as minutes to do it yourself (left at the calculator's
 * default when missing or beyond its limit), in the scorecard's currency.
 */
export function planFigures(
  candidate: Pick<Candidate, "quote" | "hours">,
  currency: Scorecard["currency"],
): CalculatorFigures | null {
  const { quote, hours } = candidate;
  if (quote === null || !Number.isFinite(quote) || quote <= 0) return null;
  const price = twoDecimals(quote);
  if (price > CALCULATOR_LIMITS.price.max) return null;
  const minutes =
    hours !== null && Number.isFinite(hours) ? twoDecimals(hours * 60) : null;
  const fits =
    minutes !== null &&
    minutes >= CALCULATOR_LIMITS.minutes.min &&
    minutes <= CALCULATOR_LIMITS.minutes.max;
  return { ...(fits ? { do: minutes } : {}), price, cur: currency };
}

/** The calculator link for a candidate, or what to fill in first. */
export function calculatorPlanLink(
  candidate: Pick<Candidate, "quote" | "hours">,
  name: string,
  currency: Scorecard["currency"],
): PlanLink {
  const figures = planFigures(candidate, currency);
  if (figures) return { href: calculatorHref(figures) };
  if (candidate.quote === null)
    return {
      missing: `Enter ${name}'s quote in the price check to open the calculator with it.`,
    };
  return {
    missing: `The quote is more than the calculator takes for one job (${CALCULATOR_LIMITS.price.max.toLocaleString("en-US")}); enter a price for each time in the calculator yourself.`,
  };
}

/**
 * The onboarding checklist's link with the candidate's name in its fragment
 * (the checklist's own defaults for the answers); a blank name gives the
 * plain checklist.
 */
export function onboardingPlanLink(name: string): PlanLink {
  const clean = cleanText(name, NAME_MAX_LENGTH, false).text.trim();
  return { href: `${ONBOARDING_PATH}${withContractor("", clean)}` };
}
