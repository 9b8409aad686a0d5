// One step: a real checkbox labelled with what to do, its due date, why it
// matters and a link to the part of the guide that explains it.
//
// A new start date re-dates every step and changes nothing else in it, so the
// step is pure (it re-renders for its tick or the locale) and its date reads
// the due dates itself: a change of date re-renders only the 40-odd dates.
import { pure } from "~/components/ui/pure";
import { useStore } from "~/components/ui/use-store";
import { formatDate } from "~/lib/format/format-date";
import { setTicked } from "~/stores/onboarding";
import { $dueDates } from "~/stores/onboarding-checklist";

interface Words {
  /** The step's id, which its checkbox and date are named by. */
  id: string;
  text: string;
  why: string;
  /** Link to the part of the guide that explains the step. */
  guide: string;
}

interface Props extends Words {
  ticked: boolean;
  locale: string;
}

const domId = (id: string) => `ob-item-${id}`;

const StepLabel = pure(({ id, text }: Pick<Words, "id" | "text">) => (
  <label for={domId(id)}>{text}</label>
));

const StepWhy = pure(({ text, why, guide }: Omit<Words, "id">) => (
  <p class="ob-why">
    {why}{" "}
    <a href={guide}>
      In the guide<span class="visually-hidden">: {text}</span>
    </a>
  </p>
));

/** The step's due date, as the reader reads dates. */
function DueDate({ id, locale }: { id: string; locale: string }) {
  const due = useStore($dueDates).get(id) ?? "";
  return <time dateTime={due}>{formatDate(new Date(`${due}T00:00:00Z`), locale)}</time>;
}

function ChecklistItemView({ id, text, why, guide, ticked, locale }: Props) {
  const checkbox = domId(id);
  return (
    <li class={ticked ? "ob-item is-done" : "ob-item"}>
      <input
        type="checkbox"
        id={checkbox}
        checked={ticked}
        aria-describedby={`${checkbox}-due`}
        onChange={(event) => setTicked(id, event.currentTarget.checked)}
      />
      <div>
        <StepLabel id={id} text={text} />
        <p class="ob-due" id={`${checkbox}-due`}>
          Due <DueDate id={id} locale={locale} />
        </p>
        <StepWhy text={text} why={why} guide={guide} />
      </div>
    </li>
  );
}

/**
 * Re-renders only when its own step, tick or locale changes: ticking one step
 * leaves the rest of the checklist alone, and a new date only the dates.
 */
export const ChecklistItem = pure(ChecklistItemView);
