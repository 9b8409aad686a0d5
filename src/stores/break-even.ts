// The break-even calculator's state: the form (from a link, saved state or
// defaults), the reader's locale, and everything derived from them.
import { atom, computed, type ReadableAtom } from "nanostores";
import {
  formFromInputs,
  readForm,
  validateForm,
  type BreakEvenForm,
} from "~/lib/break-even/form-state";
import { DEFAULT_INPUTS, type NumericField, type Period } from "~/lib/break-even/inputs";
import { computeBreakEven } from "~/lib/break-even/model";
import { verdictText } from "~/lib/break-even/verdict-text";
import type { VerdictReasons } from "~/lib/break-even/verdict-reasons";
import type { Schedule } from "~/lib/break-even/occurrences";
import type { ArticleExample } from "~/lib/break-even/article-examples";
import type { TaskPreset } from "~/lib/break-even/presets";
import { DEFAULT_CURRENCY, type SupportedCurrency } from "~/lib/format/default-currency";
import { $locale, adoptReaderLocale } from "./locale";
import { $embedded, type StartOptions } from "./embedded";
import { createToolSession } from "./tool-session";

export { $locale };

/**
 * Dates the k-th occurrence from today. Null on the server and until the date
 * code has loaded after start: the figures simply leave the date out till then.
 */
export const $dateOf = atom<((k: number, schedule: Schedule) => string | null) | null>(
  null,
);

const defaults = (locale = "en-US", currency: SupportedCurrency = DEFAULT_CURRENCY) =>
  formFromInputs(DEFAULT_INPUTS, currency, locale);

/** The form before `start()`: the defaults in the current locale. */
export const initialForm = (): BreakEvenForm => defaults($locale.get());

export const breakEvenSession = createToolSession<BreakEvenForm>({
  storageKey: "handoff:break-even",
  version: 1,
  initial: initialForm,
  validate: validateForm,
  link: () => import("./break-even-link").then((m) => m.breakEvenLink),
  persist: () => !$embedded.get(),
});

/** The form on screen. */
export const $form = breakEvenSession.$state;

/** Each field's validation, and the model's inputs when all are valid. */
export const $reading = computed([$form, $locale], readForm);

/** The model's result, or null while any field is invalid. */
export const $result = computed($reading, (reading) =>
  reading.inputs ? computeBreakEven(reading.inputs) : null,
);

// Narrow views of the form. A store notifies only when its value changes, so
// a part that shows only the period, the currency or one field re-renders
// only when that changes, not on every keystroke elsewhere.

/** How often the task recurs. */
export const $per = computed($form, (form) => form.per);

/** The currency amounts are shown in. */
export const $currency = computed($form, (form) => form.currency);

/** The preset last applied, or "". */
export const $preset = computed($form, (form) => form.preset);

/** The fixed verdict sentences, handed over by the island (see provideVerdictReasons). */
export const $verdictReasons = atom<VerdictReasons | undefined>(undefined);

/**
 * The island hands over the verdict's fixed sentences, which travel in its
 * props rather than its code, before any part of its first render reads the
 * verdict. The same object every time, so only the first call changes anything.
 */
export function provideVerdictReasons(reasons: VerdictReasons): void {
  $verdictReasons.set(reasons);
}

/** The verdict in words, or null while any field is invalid (shown and announced). */
export const $verdict = computed(
  [$result, $currency, $locale, $verdictReasons],
  (result, currency, locale, reasons) =>
    result ? verdictText(result, currency, locale, reasons) : null,
);

/** Whether any field is in error (a link can only hold valid numbers). */
export const $hasErrors = computed($reading, (reading) => reading.inputs === null);

/** One field's text and error message. */
export interface FieldStores {
  readonly $text: ReadableAtom<string>;
  readonly $error: ReadableAtom<string | undefined>;
}

const fieldStoreCache: Partial<Record<NumericField, FieldStores>> = {};

/** The stores of one field, made once per field so every render gets the same ones. */
export function fieldStores(field: NumericField): FieldStores {
  return (fieldStoreCache[field] ??= {
    $text: computed($form, (form) => form.text[field]),
    $error: computed($reading, (reading) => reading.errors[field]),
  });
}

/**
 * Starts the calculator in the browser: the reader's locale, then a shared
 * link, saved values or the defaults (or a preset or a guide's own example,
 * which also sets its currency). In an embed, saved values are neither read
 * nor written.
 */
export function startBreakEven(
  example?: TaskPreset | ArticleExample,
  { embedded = false }: StartOptions = {},
): Promise<void> {
  $embedded.set(embedded);
  const locale = adoptReaderLocale();
  const now = new Date();
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  // The dates come a moment later, in a task of their own: the start is
  // already one of the longest tasks of the page's first second.
  setTimeout(
    () =>
      void import("~/lib/break-even/occurrence-date").then(({ occurrenceDateText }) =>
        $dateOf.set((k: number, schedule: Schedule) =>
          occurrenceDateText(today, k, schedule, $locale.get()),
        ),
      ),
  );
  // The amounts (defaults, presets, articles' examples) are sized in dollars,
  // so the currency stays the same whatever the locale until the reader picks one.
  const currency = DEFAULT_CURRENCY;
  // A guide's example is the reader's starting numbers, not a preset to name.
  const guide = example && "currency" in example;
  const base = example
    ? formFromInputs(
        { ...DEFAULT_INPUTS, ...example.inputs },
        guide ? example.currency : currency,
        locale,
        guide ? "" : example.id,
      )
    : defaults(locale, currency);
  return breakEvenSession.start(base);
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
