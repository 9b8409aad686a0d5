import fc from "fast-check";
import { MAX_SCENARIOS, scenarioFrom, type Scenario } from "~/lib/break-even/scenarios";
import { typedInputs } from "./inputs-arbitrary";

const anyName = fc
  .string({ minLength: 1, maxLength: 60 })
  .filter(
    (s) =>
      s.trim() !== "" &&
      s === s.trim() &&
      !/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]/.test(
        s,
      ),
  );
export const anyScenario: fc.Arbitrary<Scenario> = fc
  .tuple(anyName, typedInputs, fc.constantFrom("USD", "EUR", "GBP", "JPY" as const))
  .map(([name, inputs, currency]) => scenarioFrom(name, inputs, currency)!);
/** Any list of scenarios the calculator could save. */
export const anyList = fc.array(anyScenario, { maxLength: MAX_SCENARIOS });
