// One step: a real checkbox labelled with what to do, its due date, why it
// matters and a link to the part of the guide that explains it.
import { pure } from "~/components/ui/pure";
import { formatDate } from "~/lib/format/format-date";
import type { ChecklistItem as Item } from "~/lib/onboarding/rules";
import { setTicked } from "~/stores/onboarding";

interface Props {
  item: Item;
  ticked: boolean;
  locale: string;
}

function ChecklistItemView({ item, ticked, locale }: Props) {
  const id = `ob-item-${item.id}`;
  return (
    <li class={ticked ? "ob-item is-done" : "ob-item"}>
      <input
        type="checkbox"
        id={id}
        checked={ticked}
        aria-describedby={`${id}-due`}
        onChange={(event) => setTicked(item.id, event.currentTarget.checked)}
      />
      <div>
        <Label id={id} text={item.text} />
        <p class="ob-due" id={`${id}-due`}>
          Due{" "}
          <time dateTime={item.due}>
            {formatDate(new Date(`${item.due}T00:00:00Z`), locale)}
          </time>
        </p>
        <Why text={item.text} why={item.why} guide={item.guide} />
      </div>
    </li>
  );
}

// The words of a step stay the same when the start date moves every due date,
// so they are separate parts that skip those re-renders.
const Label = pure(({ id, text }: { id: string; text: string }) => (
  <label for={id}>{text}</label>
));

const Why = pure(({ text, why, guide }: { text: string; why: string; guide: string }) => (
  <p class="ob-why">
    {why}{" "}
    <a href={guide}>
      In the guide<span class="visually-hidden">: {text}</span>
    </a>
  </p>
));

/** Re-renders only when its own item, tick or locale changes: ticking one step leaves the rest alone. */
export const ChecklistItem = pure(ChecklistItemView);
