import {
  FIELD_LIMITS,
  PERIODS,
  PERIOD_LABELS,
  type NumericField,
  type Period,
} from "~/lib/break-even/inputs";
import {
  SUPPORTED_CURRENCIES,
  type SupportedCurrency,
} from "~/lib/format/default-currency";
import { NumberField } from "~/components/ui/NumberField";
import { useStore } from "~/components/ui/use-store";
import type { FormLabels } from "~/lib/break-even/field-hints";
import {
  $currency,
  $hasErrors,
  $per,
  $verdict,
  $verdictReasons,
  fieldStores,
  setCurrency,
  setFieldText,
  setPeriod,
} from "~/stores/break-even";

/** The id of a field's input, for labels and the error summary's links. */
export const fieldId = (field: NumericField) => `be-${field}`;

type Hints = Readonly<Record<NumericField | "per", string>>;

function Field({
  field,
  hints,
  unit,
  label,
}: {
  field: NumericField;
  hints: Hints;
  unit?: string;
  label?: string;
}) {
  const { $text, $error } = fieldStores(field);
  const text = useStore($text);
  const error = useStore($error);
  const limit = FIELD_LIMITS[field];
  return (
    <NumberField
      id={fieldId(field)}
      label={label ?? limit.label}
      unit={unit ?? limit.unit}
      hint={hints[field]}
      value={text}
      error={error}
      inputMode={limit.integer ? "numeric" : "decimal"}
      onInput={(text) => setFieldText(field, text)}
    />
  );
}

type FieldsetProps = { hints: Hints; labels: FormLabels };

/** The task: how long it takes and how often it comes back. */
function TaskFields({ hints, labels }: FieldsetProps) {
  const per = useStore($per);
  const often = PERIOD_LABELS[per];
  return (
    <>
      <legend>{labels.task}</legend>
      <Field field="do" hints={hints} />
      <div class="field">
        <label for="be-per">{labels.per}</label>
        <p class="hint" id="be-per-hint">
          {hints.per}
        </p>
        <select
          id="be-per"
          aria-describedby="be-per-hint"
          value={per}
          onChange={(e) => setPeriod(e.currentTarget.value as Period)}
        >
          {PERIODS.map((per) => (
            <option key={per} value={per}>
              {labels[per]}
            </option>
          ))}
        </select>
      </div>
      {per !== "once" && (
        <Field
          field="freq"
          hints={hints}
          label={`Times ${often}`}
          unit={`times ${often}`}
        />
      )}
      <Field field="months" hints={hints} />
    </>
  );
}

/** The handover: setting it up, reviewing the work, the price. */
function HandoverFields({ hints, labels }: FieldsetProps) {
  const currency = useStore($currency);
  return (
    <>
      <legend>{labels.handover}</legend>
      <Field field="setup" hints={hints} />
      <Field field="review" hints={hints} />
      <Field field="price" hints={hints} unit={currency} />
    </>
  );
}

/** What an hour of the reader's time is worth, and in which currency. */
function YourTimeFields({ hints, labels }: FieldsetProps) {
  const currency = useStore($currency);
  return (
    <>
      <legend>{labels.yourTime}</legend>
      <Field field="value" hints={hints} unit={`${currency} per hour`} />
      <div class="field">
        <label for="be-currency">{labels.currency}</label>
        <select
          id="be-currency"
          value={currency}
          onChange={(e) => setCurrency(e.currentTarget.value as SupportedCurrency)}
        >
          {SUPPORTED_CURRENCIES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/**
 * The verdict in a few words, stuck to the top of the screen while the reader
 * scrolls through the fields on a phone, where the full result sits below
 * them (on a wide screen the result is beside the fields and this is hidden).
 * Hidden from screen readers: the result is announced as it changes.
 */
function LiveVerdict() {
  const verdict = useStore($verdict);
  const hasErrors = useStore($hasErrors);
  const words = useStore($verdictReasons);
  return (
    <p class={`live-verdict tone-${verdict?.tone ?? "no"}`} aria-hidden="true">
      {verdict ? words?.live + verdict.headline : hasErrors && words?.["fix-first"]}
    </p>
  );
}

/** Every input of the calculator, grouped as the reader thinks about them. */
export function InputsForm(props: FieldsetProps) {
  return (
    <div class="tool-form" role="group" aria-label="Your numbers">
      <LiveVerdict />
      <fieldset>
        <TaskFields {...props} />
      </fieldset>
      <fieldset>
        <HandoverFields {...props} />
      </fieldset>
      <fieldset>
        <YourTimeFields {...props} />
      </fieldset>
    </div>
  );
}
