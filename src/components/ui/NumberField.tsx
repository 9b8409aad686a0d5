// A text field for a number, GOV.UK style: label, hint, inline error, all
// tied to the input for screen readers. A text input with inputmode (not
// type=number) so the reader's text is never altered or silently dropped.

interface Props {
  id: string;
  label: string;
  /** Shown after the input, e.g. "minutes" or "USD". */
  unit?: string | undefined;
  hint?: string | undefined;
  value: string;
  error?: string | undefined;
  /** "numeric" for whole numbers, "decimal" otherwise. */
  inputMode?: "numeric" | "decimal";
  onInput: (text: string) => void;
}

export function NumberField({
  id,
  label,
  unit,
  hint,
  value,
  error,
  inputMode = "decimal",
  onInput,
}: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const unitId = `${id}-unit`;
  const describedBy = [unit && unitId, hint && hintId, error && errorId]
    .filter(Boolean)
    .join(" ");
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="error-message">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div class="input-row">
        <input
          id={id}
          name={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={describedBy || undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {unit && (
          <span id={unitId} class="unit">
            {unit}
          </span>
        )}
      </div>
    </div>
  );
}
