// The start date. A date the checklist cannot use (cleared, or outside the
// accepted years) stays in the field with an error, and the checklist keeps
// the last good date until it is fixed.
import { useState } from "preact/hooks";
import { START_QUESTION } from "~/lib/onboarding/answers";
import { isIsoDate } from "~/lib/onboarding/dates";
import { setAnswer } from "~/stores/onboarding";

const usable = (value: string) =>
  isIsoDate(value) && value >= START_QUESTION.min && value <= START_QUESTION.max;

export function StartDateField({ start }: { start: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  // Typing a year digit by digit passes through years like 0002; say nothing
  // about an unusable date until the reader leaves the field.
  const [editing, setEditing] = useState(false);
  const id = "ob-start";
  const error =
    draft === null || editing
      ? null
      : "Enter a full date, day, month and year, between 1 January 2000 and 31 December 2999. The checklist keeps the last date until then.";
  const onChange = (value: string) => {
    if (usable(value)) {
      setDraft(null);
      setAnswer("start", value);
    } else {
      setDraft(value);
    }
  };
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={id}>{START_QUESTION.label}</label>
      <p class="hint" id={`${id}-hint`}>
        {START_QUESTION.hint}
      </p>
      {error && (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        type="date"
        min={START_QUESTION.min}
        max={START_QUESTION.max}
        value={draft ?? start}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onFocus={() => setEditing(true)}
        onBlur={() => setEditing(false)}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
