// One question as a group of radio buttons (pick one) or checkboxes (pick any),
// in a fieldset whose legend is the question. Options wrap as compact chips so
// the whole form fits a phone screen or two.
import type { Option, Question } from "~/lib/onboarding/answers";
import { pure } from "~/components/ui/pure";

interface Props<T> {
  /** Short key used in ids and the radio group's name, e.g. "eng". */
  name: string;
  question: Question<T>;
  /** The chosen option, or for checkboxes the chosen options. */
  chosen: T | readonly T[];
  /**
   * Called with the option and, for checkboxes, whether it is now ticked. A
   * method, so that pure(), which sees the props of no one question, accepts it.
   */
  onChoose(value: T, on: boolean): void;
  multiple?: boolean;
  /** A line under the legend that depends on the answers (replaces the question's hint). */
  note?: string | undefined;
}

function ChoiceGroupView<T>({
  name,
  question,
  chosen,
  onChoose,
  multiple = false,
  note,
}: Props<T>) {
  const isChosen = (value: T) =>
    Array.isArray(chosen) ? chosen.includes(value) : value === chosen;
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

/**
 * Props are plain values, constant questions and handlers defined once, so a
 * group re-renders only when its own answer changes: a new start date does not
 * re-render the form's forty-odd choices.
 */
export const ChoiceGroup = pure(ChoiceGroupView);
