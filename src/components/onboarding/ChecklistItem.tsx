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
        <label for={id}>{item.text}</label>
        <p class="ob-due" id={`${id}-due`}>
          Due{" "}
          <time dateTime={item.due}>
            {formatDate(new Date(`${item.due}T00:00:00Z`), locale)}
          </time>
        </p>
        <p class="ob-why">
          {item.why}{" "}
          <a href={item.guide}>
            In the guide<span class="visually-hidden">: {item.text}</span>
          </a>
        </p>
      </div>
    </li>
  );
}

/**
 * Re-renders only when its own item, tick or locale changes: ticking one step
 * leaves the rest of the checklist alone.
 */
export const ChecklistItem = pure(ChecklistItemView);
