/**
 * The onboarding checklist's dated meetings (the trial review, each check-in,
 * and the final review of a one-off task or project) as a calendar file.
 */

import { toIcs } from "../export/ics";
import { CHECKLIST_TITLE } from "./checklist-markdown";
import { guideUrl } from "./guide-url";
import type { Checklist, ChecklistItem } from "./rules";

/** Options for the calendar export. */
export interface ChecklistIcsOptions {
  /** The site's origin, e.g. "https://handoff.example", for absolute guide links. */
  readonly siteUrl: string;
  /** When the file is made (the caller's clock; this library never reads it). */
  readonly dtstamp: Date;
}

/** The PRODID of Handoff's calendar files. */
export const CHECKLIST_PRODID = "-//Handoff//Onboarding checklist//EN";

/**
 * The UID of an item's event: the item id and its date. The same answers give
 * the same UIDs, so importing a second time updates events instead of adding
 * copies; a moved date is a new event.
 */
export function checklistEventUid(item: ChecklistItem): string {
  return `${item.id}-${item.due}@handoff`;
}

/**
 * Writes every checklist item that has an event title as an all-day event on
 * its due date, with the item's text, why it matters and the guide link in
 * the description. Throws a RangeError only for an invalid dtstamp.
 */
export function checklistToIcs(
  checklist: Checklist,
  options: ChecklistIcsOptions,
): string {
  const events = checklist.phases.flatMap((phase) =>
    phase.items.flatMap((item) => {
      if (item.eventTitle === undefined) return [];
      const url = guideUrl(options.siteUrl, item.guide);
      return [
        {
          uid: checklistEventUid(item),
          date: item.due,
          summary: item.eventTitle,
          description: `${item.text}\n\nWhy it matters: ${item.why}\n\nIn the guide: ${url}`,
          url,
        },
      ];
    }),
  );
  return toIcs({
    prodId: CHECKLIST_PRODID,
    name: CHECKLIST_TITLE,
    dtstamp: options.dtstamp,
    events,
  });
}
