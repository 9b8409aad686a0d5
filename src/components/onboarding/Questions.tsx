// The questions, as a compact form: a select for the kind of work, radio and
// checkbox groups for the rest, and a date input. Every change applies at once,
// so there is nothing to submit and no <form> element.
import { useStore } from "~/components/ui/use-store";
import {
  ACCESS_QUESTION,
  DOCS_QUESTION,
  ENGAGEMENT_QUESTION,
  LANGUAGE_QUESTION,
  RHYTHM_QUESTION,
  TIME_ZONE_QUESTION,
  WORK_KIND_QUESTION,
  type WorkKind,
} from "~/lib/onboarding/answers";
import { $answers, setAccess, setAnswer } from "~/stores/onboarding";
import { ChoiceGroup } from "./ChoiceGroup";
import { StartDateField } from "./StartDateField";

export function Questions() {
  const answers = useStore($answers);
  return (
    <div class="ob-form">
      <p class="hint">The checklist updates as you answer.</p>
      <div class="field">
        <label for="ob-work">{WORK_KIND_QUESTION.label}</label>
        <select
          id="ob-work"
          value={answers.workKind}
          onChange={(event) =>
            setAnswer("workKind", event.currentTarget.value as WorkKind)
          }
        >
          {WORK_KIND_QUESTION.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <ChoiceGroup
        name="eng"
        question={ENGAGEMENT_QUESTION}
        isChosen={(value) => value === answers.engagement}
        onChoose={(value) => setAnswer("engagement", value)}
      />
      <ChoiceGroup
        name="lang"
        question={LANGUAGE_QUESTION}
        isChosen={(value) => value === answers.sharedLanguage}
        onChoose={(value) => setAnswer("sharedLanguage", value)}
      />
      <ChoiceGroup
        name="tz"
        question={TIME_ZONE_QUESTION}
        isChosen={(value) => value === answers.timeZoneGap}
        onChoose={(value) => setAnswer("timeZoneGap", value)}
      />
      <ChoiceGroup
        name="access"
        multiple
        question={ACCESS_QUESTION}
        isChosen={(value) => answers.access.includes(value)}
        onChoose={setAccess}
      />
      <ChoiceGroup
        name="docs"
        question={DOCS_QUESTION}
        isChosen={(value) => value === answers.docs}
        onChoose={(value) => setAnswer("docs", value)}
      />
      <StartDateField start={answers.start} />
      <ChoiceGroup
        name="every"
        question={RHYTHM_QUESTION}
        isChosen={(value) => value === answers.rhythm}
        onChoose={(value) => setAnswer("rhythm", value)}
        note={
          answers.engagement === "one-off"
            ? "A one-off task gets a final review instead of check-ins."
            : undefined
        }
      />
    </div>
  );
}
