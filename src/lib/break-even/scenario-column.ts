// What each scenario shows in the comparison. Every figure comes from the
// calculator's own model and wording, so a scenario reads as the tool does.
import { computeBreakEven } from "./model";
import { resultFigures, type Figure, type FigureContext } from "./result-figures";
import { scenarioInputs, type Scenario } from "./scenarios";
import { verdictText, type VerdictText } from "./verdict-text";

/** One column of the comparison. */
export interface ScenarioColumn {
  readonly name: string;
  readonly verdict: VerdictText;
  /** Break-even in time and in money (with dates), hours back and net value, price per hour back. */
  readonly figures: readonly Figure[];
}

/**
 * The comparison's column for a scenario: the verdict's headline and the
 * calculator's own figures, less "what would change the answer", which is
 * advice for one calculation rather than a point of comparison.
 */
export function scenarioColumn(
  scenario: Scenario,
  ctx: Omit<FigureContext, "currency">,
): ScenarioColumn | null {
  const inputs = scenarioInputs(scenario);
  if (inputs === null) return null;
  const result = computeBreakEven(inputs);
  const currency = scenario.form.currency;
  return {
    name: scenario.name,
    verdict: verdictText(result, currency, ctx.locale, ctx.words),
    figures: resultFigures(result, { ...ctx, currency }).slice(0, 4),
  };
}
