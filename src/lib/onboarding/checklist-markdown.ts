/**
 * The onboarding checklist as a Markdown task list.
 */

import { toMarkdownTasks } from "../export/markdown-tasks";
import { answerSummary } from "./answer-summary";
import type { Answers } from "./answers";
import { formatDueDate } from "./dates";
import { guideUrl } from "./guide-url";
import type { Checklist } from "./rules";

/** What every checklist export needs besides the checklist itself. */
export interface ChecklistExportOptions {
  /** The site's origin, e.g. "https://handoff.example", for absolute guide links. */
  readonly siteUrl: string;
  /** The contractor's name, put in the title when given. */
  readonly contractor?: string;
}

/** The document title of exported checklists. */
export const CHECKLIST_TITLE = "Onboarding checklist";

/**
 * Writes the checklist as Markdown: the title, the answers it was built from,
 * each phase as a heading, and each item as a task ticked when its id is in
 * `ticked`, with its due date ("due Jan 5, 2027"), why it matters and a link
 * to the guide.
 */
export function checklistToMarkdown(
  checklist: Checklist,
  answers: Answers,
  ticked: Iterable<string>,
  options: ChecklistExportOptions,
): string {
  const ticks = new Set(ticked);
  return toMarkdownTasks({
    title: options.contractor?.trim()
      ? `${CHECKLIST_TITLE}: ${options.contractor.trim()}`
      : CHECKLIST_TITLE,
    summary: answerSummary(answers),
    sections: checklist.phases.map((phase) => ({
      heading: phase.title,
      tasks: phase.items.map((item) => ({
        text: item.text,
        done: ticks.has(item.id),
        due: formatDueDate(item.due),
        notes: [`Why: ${item.why}`],
        link: { label: "Guide", url: guideUrl(options.siteUrl, item.guide) },
      })),
    })),
  });
}
