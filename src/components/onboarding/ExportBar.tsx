// Keeping the checklist outside the page: three downloads, print, and a link
// that carries the answers and, if the reader says so, their ticks.
import { useStore } from "~/components/ui/use-store";
import { useState } from "preact/hooks";
import { BackupLink } from "~/components/ui/BackupLink";
import { CopyLinkButton } from "~/components/ui/CopyLinkButton";
import { onboardingLink, planForExport } from "~/stores/onboarding";
import { $checklist, $visibleTicks } from "~/stores/onboarding-checklist";
import type { ExportFormat } from "./export-checklist";
import { Heading, type HeadingLevel } from "./Heading";

const DOWNLOADS: readonly { format: ExportFormat; label: string }[] = [
  { format: "md", label: "Markdown task list (.md)" },
  { format: "csv", label: "Spreadsheet (.csv)" },
  { format: "ics", label: "Calendar of meetings (.ics)" },
];

export function ExportBar({ headingLevel }: { headingLevel: HeadingLevel }) {
  const [withTicks, setWithTicks] = useState(false);
  const [failed, setFailed] = useState(false);
  // The exporters load on the first press; on a dropped connection say so
  // rather than leave the button doing nothing.
  const download = (format: ExportFormat) => {
    setFailed(false);
    import("./export-checklist")
      .then(({ exportChecklist }) =>
        exportChecklist(format, $checklist.get(), planForExport()),
      )
      .catch(() => setFailed(true));
  };
  const visibleTicks = useStore($visibleTicks);
  return (
    <section class="ob-exports no-print" id="ob-exports">
      <Heading level={headingLevel === 2 ? 3 : 4}>Save, print or share</Heading>
      <p class="hint" id="ob-exports-hint">
        Files are made in your browser; nothing is sent anywhere. The calendar file holds
        the kick-off call, the trial review, the check-ins (repeating, for ongoing work)
        and any final review.
      </p>
      <div class="actions">
        {DOWNLOADS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            class="secondary"
            aria-describedby="ob-exports-hint"
            onClick={() => download(format)}
          >
            {label}
          </button>
        ))}
        <button type="button" class="secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p role="status" class="error-message">
        {failed && "The file could not be made. Check your connection and try again."}
      </p>
      <div class="ob-share">
        <label class="ob-choice" for="ob-share-ticks">
          <input
            id="ob-share-ticks"
            type="checkbox"
            checked={withTicks}
            onChange={(event) => setWithTicks(event.currentTarget.checked)}
          />
          <span>Include my ticks in the link</span>
        </label>
        <CopyLinkButton
          getUrl={() => onboardingLink(withTicks ? visibleTicks : [])}
          note={
            !withTicks
              ? "The link holds your answers, not your ticks."
              : visibleTicks.length === 0
                ? "The link holds your answers; you have ticked nothing yet."
                : `The link holds your answers and your ${visibleTicks.length === 1 ? "1 tick" : `${visibleTicks.length} ticks`}.`
          }
        />
      </div>
      <BackupLink />
    </section>
  );
}
