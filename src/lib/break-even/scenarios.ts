// Named scenarios of the calculator ("Agency quote", "Freelancer quote"):
// what is saved, and how stored or linked data is read back safely. Kept
// apart from the comparison's figures (scenario-column.ts) because the
// summary page reads saved-data.ts, and with it this file, at start.
import { cleanText } from "~/lib/text/clean-text";
import { formFromInputs, readForm, validateForm, type BreakEvenForm } from "./form-state";
import type { BreakEvenInputs } from "./inputs";

/** A reader's named set of calculator inputs. */
export interface Scenario {
  readonly name: string;
  /** Always valid, with numbers written canonically (en-US), so any locale reads them back. */
  readonly form: BreakEvenForm;
}

/** Scenarios kept and compared at once: four columns still fit side by side. */
export const MAX_SCENARIOS = 4;
/** As long as a scorecard candidate's or an audit task's name. */
export const SCENARIO_NAME_MAX_LENGTH = 60;
/** Numbers in a stored scenario are read with this locale (see {@link Scenario.form}). */
const CANONICAL_LOCALE = "en-US";

/** A name cleaned like every other name a reader gives, or "" when nothing is left. */
export function cleanScenarioName(raw: unknown): string {
  return cleanText(raw, SCENARIO_NAME_MAX_LENGTH, false).text.trim();
}

/** The scenario of valid calculator inputs, or null when the name is empty. */
export function scenarioFrom(
  name: string,
  inputs: BreakEvenInputs,
  currency: BreakEvenForm["currency"],
): Scenario | null {
  const clean = cleanScenarioName(name);
  if (clean === "") return null;
  return { name: clean, form: formFromInputs(inputs, currency, CANONICAL_LOCALE) };
}

/** The model's inputs of a scenario (null only for a form that slipped past validation). */
export function scenarioInputs(scenario: Scenario): BreakEvenInputs | null {
  return readForm(scenario.form, CANONICAL_LOCALE).inputs;
}

/**
 * Builds the list from untrusted data (storage, a backup file), or null when
 * it is not one: a list of at most {@link MAX_SCENARIOS}, each with a name
 * that is not empty once cleaned and a form the calculator's own validator
 * accepts with every number in range. Never spreads the input, so
 * "__proto__" keys do nothing.
 */
export function validateScenarios(data: unknown): Scenario[] | null {
  if (!Array.isArray(data) || data.length > MAX_SCENARIOS) return null;
  const scenarios: Scenario[] = [];
  for (const item of data) {
    if (typeof item !== "object" || item === null) return null;
    const record = item as Record<string, unknown>;
    const name = cleanScenarioName(Object.hasOwn(record, "name") ? record["name"] : "");
    const form = validateForm(Object.hasOwn(record, "form") ? record["form"] : null);
    if (name === "" || form === null) return null;
    const inputs = readForm(form, CANONICAL_LOCALE).inputs;
    if (inputs === null) return null;
    scenarios.push({
      name,
      form: formFromInputs(inputs, form.currency, CANONICAL_LOCALE),
    });
  }
  return scenarios;
}
