import fc from "fast-check";
import {
  FIELD_LIMITS,
  PERIODS,
  type BreakEvenInputs,
  type NumericField,
} from "~/lib/break-even/inputs";

function anyNumberIn(field: NumericField): fc.Arbitrary<number> {
  const { min, max, integer } = FIELD_LIMITS[field];
  return integer
    ? fc.integer({ min, max })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Values with at most two decimals, as a reader types them. */
function typedNumberIn(field: NumericField): fc.Arbitrary<number> {
  const { min, max, integer } = FIELD_LIMITS[field];
  return integer
    ? fc.integer({ min, max })
    : fc.integer({ min: min * 100, max: max * 100 }).map((cents) => cents / 100);
}

function inputsFrom(
  number: (field: NumericField) => fc.Arbitrary<number>,
): fc.Arbitrary<BreakEvenInputs> {
  return fc.record({
    do: number("do"),
    freq: number("freq"),
    per: fc.constantFrom(...PERIODS),
    months: number("months"),
    setup: number("setup"),
    review: number("review"),
    price: number("price"),
    value: number("value"),
  });
}

/** Any inputs within FIELD_LIMITS, including awkward doubles and the range ends. */
export const anyInputs: fc.Arbitrary<BreakEvenInputs> = inputsFrom(anyNumberIn);

/**
 * Inputs within FIELD_LIMITS as a reader would type them (at most two
 * decimals), with value 0 and review shorter than do well represented, so
 * properties about break-evens and flips get plenty of cases where they exist.
 */
export const typedInputs: fc.Arbitrary<BreakEvenInputs> = fc
  .tuple(
    inputsFrom(typedNumberIn),
    fc.constantFrom("as-is", "value-zero", "review-short", "small-numbers"),
  )
  .map(([inputs, shape]) => {
    switch (shape) {
      case "value-zero":
        return { ...inputs, value: 0 };
      case "review-short":
        return { ...inputs, review: Math.round(inputs.do * 20) / 100 };
      case "small-numbers":
        // Everyday magnitudes, where break-evens fall inside the horizon.
        return {
          ...inputs,
          do: Math.max(1, inputs.do % 240),
          setup: inputs.setup % 600,
          review: inputs.review % 30,
          price: inputs.price % 100,
          value: inputs.value % 150,
        };
      default:
        return inputs;
    }
  });
