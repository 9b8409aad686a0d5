/**
 * The ids a tick can name: every catalogue item's, with a repeating item's
 * numbered copies ("check-in-1" … up to the most check-ins any answers
 * give). A tick of any other id can never count, so a link's ticks are
 * checked against this list.
 */

import { ITEMS } from "./items";
import { CHECK_IN_COUNT } from "./rules";

const MOST_CHECK_INS = Math.max(
  ...Object.values(CHECK_IN_COUNT).flatMap((counts) => Object.values(counts)),
);

/** Every id a checklist item can have, whatever the answers. */
export const KNOWN_TICK_IDS: ReadonlySet<string> = new Set(
  ITEMS.flatMap((item) =>
    item.dueOffset === "each-check-in"
      ? Array.from({ length: MOST_CHECK_INS }, (_, i) => `${item.id}-${i + 1}`)
      : [item.id],
  ),
);
