/**
 * What the checklist shows of each step besides its date, and whether two
 * checklists list the same. A new start date moves every date and nothing
 * else: with a listing that stays the same object, the list, its progress and
 * its share link do not re-render on each key of the date field.
 */

import type { PhaseId } from "./items";
import type { ChecklistItem } from "./rules";

/** A step as listed: its words and guide, not its date. */
export type ListedItem = Pick<ChecklistItem, "id" | "text" | "why" | "guide">;

/** The phases and steps a checklist lists, in order. */
export interface Listing {
  readonly phases: readonly {
    readonly id: PhaseId;
    readonly title: string;
    readonly items: readonly ListedItem[];
  }[];
}

const sameItem = (a: ListedItem, b: ListedItem) =>
  a.id === b.id && a.text === b.text && a.why === b.why && a.guide === b.guide;

/** Whether two checklists list the same phases and steps, in the same order and words. */
export function sameListing(a: Listing, b: Listing): boolean {
  return (
    a.phases.length === b.phases.length &&
    a.phases.every((phase, i) => {
      const other = b.phases[i]!;
      return (
        phase.id === other.id &&
        phase.title === other.title &&
        phase.items.length === other.items.length &&
        phase.items.every((item, j) => sameItem(item, other.items[j]!))
      );
    })
  );
}
