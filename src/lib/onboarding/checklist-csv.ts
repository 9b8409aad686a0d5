/**
 * The onboarding checklist as CSV, for importing into task tools and
 * spreadsheets.
 */

import { toCsv } from "../export/csv";
import type { ChecklistExportOptions } from "./checklist-markdown";
import { guideUrl } from "./guide-url";
import type { Checklist } from "./rules";

/** The header row of the CSV export. */
export const CHECKLIST_CSV_HEADER = [
  "Phase",
  "Task",
  "Due date",
  "Done",
  "Why it matters",
  "Guide",
] as const;

/** Options for the CSV export. */
export interface ChecklistCsvOptions extends ChecklistExportOptions {
  /** Start with a byte-order mark so Excel reads the file as UTF-8. */
  readonly bom?: boolean;
}

/**
 * Writes one row per item after a header: phase title, task text, due date
 * as "YYYY-MM-DD" (the form task tools import reliably), "yes" or "no" for
 * done, why it matters, and the absolute guide link. Quoting and formula
 * neutralising are toCsv's.
 */
export function checklistToCsv(
  checklist: Checklist,
  ticked: Iterable<string>,
  options: ChecklistCsvOptions,
): string {
  const ticks = new Set(ticked);
  const rows = checklist.phases.flatMap((phase) =>
    phase.items.map((item) => [
      phase.title,
      item.text,
      item.due,
      ticks.has(item.id) ? "yes" : "no",
      item.why,
      guideUrl(options.siteUrl, item.guide),
    ]),
  );
  return toCsv(
    [CHECKLIST_CSV_HEADER, ...rows],
    options.bom === true ? { bom: true } : {},
  );
}
