import type { SupportedCurrency } from "~/lib/format/default-currency";
import { SUPPORTED_CURRENCIES } from "~/lib/format/default-currency";
import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import { validateNumber } from "~/lib/number/validate-number";
import {
  FIELD_LIMITS,
  NUMERIC_FIELDS,
  isPeriod,
  type BreakEvenInputs,
  type NumericField,
  type Period,
} from "./inputs";

/**
 * What the calculator's form holds: the reader's raw text for each number
 * (never rewritten, so nothing they type is lost), the period and currency.
 * This is what is saved and shared; the model's numbers are read from it.
 */
export interface BreakEvenForm {
  text: Record<NumericField, string>;
  per: Period;
  currency: SupportedCurrency;
  /** The task preset last applied, or "" when the numbers are the reader's own. */
  preset: string;
}

/** The form showing `inputs`, with numbers written for `locale`. */
export function formFromInputs(
  inputs: BreakEvenInputs,
  currency: SupportedCurrency,
  locale: string,
  preset = "",
): BreakEvenForm {
  const text = {} as Record<NumericField, string>;
  for (const field of NUMERIC_FIELDS)
    text[field] = formatNumber(inputs[field], locale, 6);
  return { text, per: inputs.per, currency, preset };
}

/** Each field's error message, and the inputs when every field is valid. */
export interface FormReading {
  inputs: BreakEvenInputs | null;
  errors: Partial<Record<NumericField, string>>;
}

/** Validates every field of the form with the kit's one number policy. */
export function readForm(form: BreakEvenForm, locale: string): FormReading {
  const errors: Partial<Record<NumericField, string>> = {};
  const values = {} as Record<NumericField, number>;
  for (const field of NUMERIC_FIELDS) {
    const limit = FIELD_LIMITS[field];
    const isMoney = limit.kind === "money" || limit.kind === "money-per-hour";
    const result = validateNumber(
      form.text[field],
      {
        name: limit.label,
        min: limit.min,
        max: limit.max,
        integer: limit.integer,
        ...(isMoney
          ? { formatBound: (v: number, l: string) => formatMoney(v, form.currency, l) }
          : {}),
      },
      locale,
    );
    if (result.ok) values[field] = result.value;
    else errors[field] = result.message;
  }
  const valid = Object.keys(errors).length === 0;
  return { inputs: valid ? { ...values, per: form.per } : null, errors };
}

/**
 * Longest preset id kept. A field's text is kept whatever its length: it is
 * what the reader typed, shown back with its error ("too long"); the
 * envelope's own limit (MAX_ENVELOPE_LENGTH) bounds what is stored.
 */
const MAX_TEXT = 64;

/** Builds a form from untrusted stored data, or null when it is not one. */
export function validateForm(data: unknown): BreakEvenForm | null {
  if (typeof data !== "object" || data === null) return null;
  const record = data as Record<string, unknown>;
  const rawText = record["text"];
  if (typeof rawText !== "object" || rawText === null) return null;
  const text = {} as Record<NumericField, string>;
  for (const field of NUMERIC_FIELDS) {
    const value = (rawText as Record<string, unknown>)[field];
    if (typeof value !== "string") return null;
    text[field] = value;
  }
  const per = record["per"];
  const currency = record["currency"];
  const preset = record["preset"];
  if (!isPeriod(per)) return null;
  if (!SUPPORTED_CURRENCIES.includes(currency as SupportedCurrency)) return null;
  return {
    text,
    per,
    currency: currency as SupportedCurrency,
    preset: typeof preset === "string" && preset.length <= MAX_TEXT ? preset : "",
  };
}
