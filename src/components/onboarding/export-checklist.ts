// Writes the checklist in one of the export formats and offers it as a file.
// Loaded on first use (an export button press), so the exporters never weigh
// on the page.
import { checklistToCsv } from "~/lib/onboarding/checklist-csv";
import { checklistToIcs } from "~/lib/onboarding/checklist-ics";
import { checklistToMarkdown } from "~/lib/onboarding/checklist-markdown";
import { planKey } from "~/lib/onboarding/plan-key";
import type { OnboardingState } from "~/lib/onboarding/saved-state";
import type { Checklist } from "~/lib/onboarding/rules";
import { downloadFile } from "~/components/ui/download-file";

/** The formats the checklist can be saved in. */
export type ExportFormat = "md" | "csv" | "ics";

const FILE_NAME = "onboarding-checklist";

/**
 * Downloads the checklist as Markdown (with ticks), CSV (with ticks) or a
 * calendar file of its meetings. Guide links point at this site's origin.
 */
export function exportChecklist(
  format: ExportFormat,
  checklist: Checklist,
  plan: OnboardingState,
): void {
  const siteUrl = location.origin;
  const { answers, ticks } = plan;
  const contractor = plan.contractor?.trim() ?? "";
  switch (format) {
    case "md":
      return downloadFile(
        `${FILE_NAME}.md`,
        checklistToMarkdown(checklist, answers, ticks, { siteUrl, contractor }),
        "text/markdown;charset=utf-8",
      );
    case "csv":
      return downloadFile(
        `${FILE_NAME}.csv`,
        checklistToCsv(checklist, ticks, { siteUrl, bom: true }),
        "text/csv;charset=utf-8",
      );
    case "ics":
      return downloadFile(
        `${FILE_NAME}.ics`,
        checklistToIcs(checklist, {
          siteUrl,
          dtstamp: new Date(),
          planKey: planKey(plan),
          contractor,
          ...(answers.engagement === "ongoing" ? { repeatCheckIns: answers.rhythm } : {}),
        }),
        "text/calendar;charset=utf-8",
      );
  }
}
