// The checklist derived from the onboarding answers, and its progress. Kept
// apart from onboarding.ts because it pulls in the whole item catalogue: only
// the lazily loaded checklist view imports it.
import { computed } from "nanostores";
import { sameListing, type Listing } from "~/lib/onboarding/listing";
import { checklistProgress } from "~/lib/onboarding/progress";
import { buildChecklist } from "~/lib/onboarding/rules";
import { $answers, $ticks } from "./onboarding";

/** The reader's checklist: phases of dated items for the answers on screen. */
export const $checklist = computed($answers, buildChecklist);

let listed: Listing | undefined;
/**
 * The checklist's phases and steps without their dates (read those from
 * $dueDates): the same object for as long as the steps and their words stay
 * the same, so a new start date re-renders the dates alone.
 */
export const $listing = computed($checklist, (checklist): Listing =>
  listed && sameListing(listed, checklist) ? listed : (listed = checklist),
);

/**
 * Each step's due date ("YYYY-MM-DD") by id: all that a new start date changes
 * in a step, so only the dates re-render when it does.
 */
export const $dueDates = computed(
  $checklist,
  (checklist) =>
    new Map(
      checklist.phases.flatMap((phase) => phase.items.map((item) => [item.id, item.due])),
    ),
);

/** The ticks as a set, for quick look-ups while rendering items. */
export const $tickSet = computed($ticks, (ticks) => new Set(ticks));

/** Ticked items per phase and overall; ticks of items not on the list do not count. */
export const $progress = computed([$listing, $ticks], checklistProgress);

/** Ticks of the items on the list now, in list order (what a shared link carries). */
export const $visibleTicks = computed([$listing, $tickSet], (checklist, ticks) =>
  checklist.phases.flatMap((phase) =>
    phase.items.filter((item) => ticks.has(item.id)).map((item) => item.id),
  ),
);
