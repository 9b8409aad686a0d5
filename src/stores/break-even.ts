// The break-even calculator's state: the form (from a link, saved state or
// defaults), the reader's locale, and everything derived from them.
import { atom, computed } from "nanostores";
import { costSeries } from "~/lib/break-even/cost-series";
import {
  formFromInputs,
  readForm,
  validateForm,
  type BreakEvenForm,
} from "~/lib/break-even/form-state";
import {
  DEFAULT_INPUTS,
  NUMERIC_FIELDS,
  type NumericField,
  type Period,
} from "~/lib/break-even/inputs";
import { computeBreakEven } from "~/lib/break-even/model";
import { presetById } from "~/lib/break-even/presets";
import { breakEvenCodec } from "~/lib/break-even/url-codec";
import { worthTable } from "~/lib/break-even/worth-table";
import { defaultCurrency, type SupportedCurrency } from "~/lib/format/default-currency";
import { createToolSession } from "./tool-session";

/** The reader's locale; "en-US" until the island starts, so hydration matches the server. */
export const $locale = atom("en-US");

/** Today's date (UTC day) once the island starts; null on the server. */
export const $today = atom<Date | null>(null);

const defaults = (locale = "en-US", currency: SupportedCurrency = "USD") =>
  formFromInputs(DEFAULT_INPUTS, currency, locale);

export const breakEvenSession = createToolSession<BreakEvenForm>({
  storageKey: "handoff:break-even",
  version: 1,
  initial: () => defaults($locale.get(), defaultCurrency($locale.get())),
  validate: validateForm,
  fromUrl(url, base) {
    const { values, notices, hasParams } = breakEvenCodec.decode(
      url.searchParams,
      $locale.get(),
    );
    if (!hasParams) return null;
    const inputs = { ...DEFAULT_INPUTS, ...values } as typeof DEFAULT_INPUTS;
    const currency = (values.cur as SupportedCurrency | undefined) ?? base.currency;
    return { state: formFromInputs(inputs, currency, $locale.get()), notices };
  },
  toUrl(form, page) {
    const { inputs } = readForm(form, $locale.get());
    const url = new URL(page.pathname, page);
    if (inputs)
      url.search = breakEvenCodec.encode({ ...inputs, cur: form.currency }).toString();
    return url;
  },
  clearUrl(url) {
    for (const key of ["v", ...Object.keys(breakEvenCodec.fields)])
      url.searchParams.delete(key);
    return url;
  },
});

/** The form on screen. */
export const $form = breakEvenSession.$state;

/** Each field's validation, and the model's inputs when all are valid. */
export const $reading = computed([$form, $locale], readForm);

/** The model's result, or null while any field is invalid. */
export const $result = computed($reading, (reading) =>
  reading.inputs ? computeBreakEven(reading.inputs) : null,
);

/** Chart data for the result. */
export const $series = computed($result, (result) =>
  result ? costSeries(result) : null,
);

/** The "is it worth the time" table for the horizon on screen. */
export const $worthTable = computed($result, (result) =>
  worthTable(result?.inputs.months ?? 12),
);

/**
 * Starts the calculator in the browser: the reader's locale and currency, then
 * a shared link, saved values or the defaults (or an article's example preset).
 */
export function startBreakEven(examplePreset?: string): void {
  const locale =
    typeof navigator !== "undefined" ? navigator.language || "en-US" : "en-US";
  $locale.set(locale);
  const now = new Date();
  $today.set(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
  const currency = defaultCurrency(locale);
  const preset = examplePreset ? presetById(examplePreset) : undefined;
  const base = preset
    ? formFromInputs({ ...DEFAULT_INPUTS, ...preset.inputs }, currency, locale, preset.id)
    : defaults(locale, currency);
  breakEvenSession.start(base);
}

/** The reader typed in a number field. */
export function setFieldText(field: NumericField, text: string): void {
  breakEvenSession.update((form) => ({
    ...form,
    text: { ...form.text, [field]: text },
    preset: "",
  }));
}

/** The reader chose how often the task recurs. */
export function setPeriod(per: Period): void {
  breakEvenSession.update((form) => ({ ...form, per, preset: "" }));
}

/** The reader chose a currency. */
export function setCurrency(currency: SupportedCurrency): void {
  breakEvenSession.update((form) => ({ ...form, currency }));
}

/** Fills the task fields from a preset; the horizon and the reader's hourly value stay. */
export function applyPreset(id: string): void {
  const preset = presetById(id);
  if (!preset) return;
  const locale = $locale.get();
  breakEvenSession.update((form) => {
    const filled = formFromInputs(
      { ...DEFAULT_INPUTS, ...preset.inputs },
      form.currency,
      locale,
      id,
    );
    const text = { ...form.text };
    for (const field of NUMERIC_FIELDS) {
      if (field in preset.inputs) text[field] = filled.text[field];
    }
    return { ...form, text, per: preset.inputs.per, preset: id };
  });
}
