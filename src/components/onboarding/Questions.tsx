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
  type Answers,
  type WorkKind,
} from "~/lib/onboarding/answers";
import { CONTRACTOR_MAX_LENGTH } from "~/lib/onboarding/saved-state";
import {
  $answers,
  $contractor,
  setAccess,
  setAnswer,
  setContractor,
} from "~/stores/onboarding";
import { ChoiceGroup } from "./ChoiceGroup";
import { StartDateField } from "./StartDateField";

// Defined once, so the groups' props stay the same from render to render.
const chooseEngagement = (value: Answers["engagement"]) => setAnswer("engagement", value);
const chooseLanguage = (value: boolean) => setAnswer("sharedLanguage", value);
const chooseTimeZone = (value: Answers["timeZoneGap"]) => setAnswer("timeZoneGap", value);
const chooseDocs = (value: Answers["docs"]) => setAnswer("docs", value);
const chooseRhythm = (value: Answers["rhythm"]) => setAnswer("rhythm", value);

export function Questions() {
  const answers = useStore($answers);
  const contractor = useStore($contractor);
  return (
    <div class="ob-form">
      <p class="hint">The checklist updates as you answer.</p>
      <div class="field">
        <label for="ob-contractor">Who is taking the work on? (optional)</label>
        <p class="hint" id="ob-contractor-hint">
          Their name goes in the calendar events and the exports. It stays in this browser
          and is never put in a link.
        </p>
        <input
          id="ob-contractor"
          type="text"
          autoComplete="off"
          maxLength={CONTRACTOR_MAX_LENGTH}
          aria-describedby="ob-contractor-hint"
          value={contractor}
          onInput={(event) => setContractor(event.currentTarget.value)}
        />
      </div>
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
        chosen={answers.engagement}
        onChoose={chooseEngagement}
      />
      <ChoiceGroup
        name="lang"
        question={LANGUAGE_QUESTION}
        chosen={answers.sharedLanguage}
        onChoose={chooseLanguage}
      />
      <ChoiceGroup
        name="tz"
        question={TIME_ZONE_QUESTION}
        chosen={answers.timeZoneGap}
        onChoose={chooseTimeZone}
      />
      <ChoiceGroup
        name="access"
        multiple
        question={ACCESS_QUESTION}
        chosen={answers.access}
        onChoose={setAccess}
      />
      <ChoiceGroup
        name="docs"
        question={DOCS_QUESTION}
        chosen={answers.docs}
        onChoose={chooseDocs}
      />
      <StartDateField start={answers.start} />
      <ChoiceGroup
        name="every"
        question={RHYTHM_QUESTION}
        chosen={answers.rhythm}
        onChoose={chooseRhythm}
        note={
          answers.engagement === "one-off"
            ? "A one-off task gets a final review instead of check-ins."
            : undefined
        }
      />
    </div>
  );
}
