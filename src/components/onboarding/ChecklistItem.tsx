// One step: a real checkbox labelled with what to do, its due date, why it
// matters and a link to the part of the guide that explains it.
//
// A new start date re-dates every step, so each step re-renders on each
// change of date; its words do not change, so they are pure parts of their
// own and only the checkbox row and the date are compared again.
import { pure } from "~/components/ui/pure";
import { formatDate } from "~/lib/format/format-date";
import { setTicked } from "~/stores/onboarding";

interface Words {
  /** The step's id, which its checkbox and date are named by. */
  id: string;
  text: string;
  why: string;
  /** Link to the part of the guide that explains the step. */
  guide: string;
}

interface Props extends Words {
  /** "YYYY-MM-DD". */
  due: string;
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

function ChecklistItemView({ id, text, why, guide, due, ticked, locale }: Props) {
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
          Due{" "}
          <time dateTime={due}>{formatDate(new Date(`${due}T00:00:00Z`), locale)}</time>
        </p>
        <StepWhy text={text} why={why} guide={guide} />
      </div>
    </li>
  );
}

/**
 * Re-renders only when its own step, tick, date or locale changes: ticking one
 * step leaves the rest of the checklist alone.
 */
export const ChecklistItem = pure(ChecklistItemView);
