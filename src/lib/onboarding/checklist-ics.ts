/**
 * The onboarding checklist's dated meetings (the kick-off call, the trial
 * review, each check-in, and the final review of a one-off task or project)
 * as a calendar file.
 */

import { toIcs, type IcsEvent } from "../export/ics";
import type { Rhythm } from "./dates";
import { CHECKLIST_TITLE } from "./checklist-markdown";
import { guideUrl } from "./guide-url";
import type { Checklist, ChecklistItem } from "./rules";

/** Options for the calendar export. */
export interface ChecklistIcsOptions {
  /** The site's origin, e.g. "https://handoff.example", for absolute guide links. */
  readonly siteUrl: string;
  /** When the file is made (the caller's clock; this library never reads it). */
  readonly dtstamp: Date;
  /** What sets this plan's UIDs apart from other plans' (see plan-key.ts). */
  readonly planKey: string;
  /** The contractor's name for the event titles; "your contractor" when blank. */
  readonly contractor?: string;
  /**
   * Set for ongoing work: the check-ins become one event repeating at this
   * rhythm with no end, since the work has none, rather than stopping after
   * the few the checklist dates.
   */
  readonly repeatCheckIns?: Rhythm;
}

/** The PRODID of Handoff's calendar files. */
export const CHECKLIST_PRODID = "-//Handoff//Onboarding checklist//EN";

const REPEAT_RULE: Readonly<Record<Rhythm, string>> = {
  weekly: "FREQ=WEEKLY",
  biweekly: "FREQ=WEEKLY;INTERVAL=2",
  monthly: "FREQ=MONTHLY",
};

/**
 * The UID of an item's event: the item id, its date and the plan's key. The
 * same plan gives the same UIDs, so importing it a second time updates events
 * instead of adding copies; another plan (another contractor) never shares
 * one; a moved date is a new event.
 */
export function checklistEventUid(item: ChecklistItem, planKey: string): string {
  return `${item.id}-${item.due}-${planKey}@handoff`;
}

/**
 * Writes every checklist item that has an event title as an all-day event on
 * its due date, titled with the contractor's name when given, with the item's
 * text, why it matters and the guide link in the description. For ongoing
 * work the first check-in repeats (RRULE) and the others are left out.
 * Throws a RangeError only for an invalid dtstamp.
 */
export function checklistToIcs(
  checklist: Checklist,
  options: ChecklistIcsOptions,
): string {
  const who = options.contractor?.trim() || "your contractor";
  const events = checklist.phases.flatMap((phase) =>
    phase.items.flatMap((item): IcsEvent[] => {
      if (item.eventTitle === undefined) return [];
      const repeat = options.repeatCheckIns;
      const checkIn = item.itemId === "check-in";
      if (repeat !== undefined && checkIn && item.id !== "check-in-1") return [];
      const url = guideUrl(options.siteUrl, item.guide);
      const title =
        repeat !== undefined && checkIn
          ? item.eventTitle.replace(/ \d+ /, " ")
          : item.eventTitle;
      return [
        {
          uid: checklistEventUid(item, options.planKey),
          date: item.due,
          summary: title.replaceAll("{who}", who),
          description: `${item.text}\n\nWhy it matters: ${item.why}\n\nIn the guide: ${url}`,
          url,
          ...(repeat !== undefined && checkIn ? { rrule: REPEAT_RULE[repeat] } : {}),
        },
      ];
    }),
  );
  return toIcs({
    prodId: CHECKLIST_PRODID,
    name: options.contractor?.trim()
      ? `${CHECKLIST_TITLE}: ${options.contractor.trim()}`
      : CHECKLIST_TITLE,
    dtstamp: options.dtstamp,
    events,
  });
}
