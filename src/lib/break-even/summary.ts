import { readForm, validateForm, type BreakEvenForm } from "~/lib/break-even/form-state";
import { computeBreakEven } from "~/lib/break-even/model";
import { resultFigures, type Figure } from "~/lib/break-even/result-figures";
import { verdictText } from "~/lib/break-even/verdict-text";
import { VERDICT_REASONS } from "~/lib/break-even/verdict-reasons";
import { readEnvelope } from "~/lib/storage/envelope";

/** What the summary shows of the reader's saved break-even calculation. */
export type BreakEvenSummary =
  | {
      readonly kind: "verdict";
      readonly headline: string;
      readonly reason: string;
      readonly tone: "good" | "maybe" | "no";
      /** The figures behind the verdict, without dates (the summary has no "today"). */
      readonly figures: readonly Figure[];
    }
  /** Saved, but some field does not hold a valid number. */
  | { readonly kind: "incomplete"; readonly fields: number };

/** The calculator's stored-state version (src/stores/break-even.ts). */
const VERSION = 1;

/**
 * Reads the calculator's stored text (the "handoff:break-even" envelope)
 * through the tool's own validator and model. Null when nothing usable is
 * stored: the summary then points to the tool.
 */
export function breakEvenSummary(
  raw: string | null | undefined,
  locale: string,
): BreakEvenSummary | null {
  const { value: form } = readEnvelope(raw, VERSION, validateForm);
  return form ? breakEvenSummaryOf(form, locale) : null;
}

/**
 * The summary of a calculator state, wherever it came from (saved, or a
 * coach's pack), through the tool's own model.
 */
export function breakEvenSummaryOf(
  form: BreakEvenForm,
  locale: string,
): BreakEvenSummary {
  const reading = readForm(form, locale);
  if (!reading.inputs) {
    return { kind: "incomplete", fields: Object.keys(reading.errors).length };
  }
  const result = computeBreakEven(reading.inputs);
  const { headline, reason, tone } = verdictText(
    result,
    form.currency,
    locale,
    VERDICT_REASONS,
  );
  return {
    kind: "verdict",
    headline,
    reason,
    tone,
    figures: resultFigures(result, {
      currency: form.currency,
      locale,
      dateOf: null,
      words: VERDICT_REASONS,
    }),
  };
}
