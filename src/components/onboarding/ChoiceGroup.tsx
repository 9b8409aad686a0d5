// One question as a group of radio buttons (pick one) or checkboxes (pick any),
// in a fieldset whose legend is the question. Options wrap as compact chips so
// the whole form fits a phone screen or two.
import type { Option, Question } from "~/lib/onboarding/answers";

interface Props<T> {
  /** Short key used in ids and the radio group's name, e.g. "eng". */
  name: string;
  question: Question<T>;
  /** Whether an option is chosen. */
  isChosen: (value: T) => boolean;
  /** Called with the option and, for checkboxes, whether it is now ticked. */
  onChoose: (value: T, on: boolean) => void;
  multiple?: boolean;
  /** A line under the legend that depends on the answers (replaces the question's hint). */
  note?: string | undefined;
}

export function ChoiceGroup<T>({
  name,
  question,
  isChosen,
  onChoose,
  multiple = false,
  note,
}: Props<T>) {
  const hint = note ?? question.hint;
  const hintId = `ob-${name}-hint`;
  return (
    <fieldset class="ob-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{question.label}</legend>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <div
        class={
          question.options.some((option) => option.hint)
            ? "ob-choices has-hints"
            : "ob-choices"
        }
      >
        {question.options.map((option: Option<T>, i) => {
          const id = `ob-${name}-${i}`;
          const optionHintId = `${id}-hint`;
          return (
            <div class="ob-choice" key={id}>
              <input
                id={id}
                type={multiple ? "checkbox" : "radio"}
                // Radios share a name to form a group; checkboxes need none.
                name={multiple ? undefined : `ob-${name}`}
                value={String(i)}
                checked={isChosen(option.value)}
                aria-describedby={option.hint ? optionHintId : undefined}
                onChange={(event) => onChoose(option.value, event.currentTarget.checked)}
              />
              <div>
                <label for={id}>{option.label}</label>
                {option.hint && (
                  <p class="ob-choice-hint" id={optionHintId}>
                    {option.hint}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
