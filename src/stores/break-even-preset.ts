// Choosing a task preset in the calculator, loaded the first time the reader
// chooses one. A preset replaces the task's numbers, so the numbers it
// replaced are kept, for this visit, as "Your own numbers": choosing that
// again brings them back, whichever presets were tried in between.
import type { BreakEvenForm } from "~/lib/break-even/form-state";
import { formFromInputs } from "~/lib/break-even/form-state";
import { DEFAULT_INPUTS, NUMERIC_FIELDS } from "~/lib/break-even/inputs";
import type { TaskPreset } from "~/lib/break-even/presets";
import { $form, $locale, breakEvenSession } from "./break-even";

let own: Pick<BreakEvenForm, "text" | "per"> | undefined;

/**
 * Fills the task fields from `preset` (the horizon and the reader's hourly
 * value stay), or with `undefined` ("Your own numbers") puts back the numbers
 * the first preset replaced.
 */
export function choosePreset(preset: TaskPreset | undefined): void {
  const form = $form.get();
  if (form.preset === "") own = { text: form.text, per: form.per };
  breakEvenSession.update((current) => {
    if (!preset) return { ...current, ...own, preset: "" };
    const filled = formFromInputs(
      { ...DEFAULT_INPUTS, ...preset.inputs },
      current.currency,
      $locale.get(),
      preset.id,
    );
    const text = { ...current.text };
    for (const field of NUMERIC_FIELDS) {
      if (field in preset.inputs) text[field] = filled.text[field];
    }
    return { ...current, text, per: preset.inputs.per, preset: preset.id };
  });
}
