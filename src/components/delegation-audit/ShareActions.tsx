// Getting the audit out of the tool: Copy link, CSV and Markdown files, a
// printed page, a backup, and starting over. Loaded as the reader scrolls to it.
import { BackupLink } from "~/components/ui/BackupLink";
import { CopyLinkButton } from "~/components/ui/CopyLinkButton";
import { auditSession, startOver } from "~/stores/delegation-audit";

const download = (kind: "csv" | "md") =>
  void import("./download-audit").then((m) => m.downloadAudit(kind));

export function ShareActions() {
  return (
    <div class="share no-print">
      <p class="actions">
        <button type="button" onClick={() => download("csv")}>
          Download CSV
        </button>
        <button type="button" onClick={() => download("md")}>
          Download Markdown
        </button>
        <button type="button" onClick={() => print()}>
          Print
        </button>
        <button type="button" class="secondary" onClick={() => void startOver()}>
          Start over
        </button>
      </p>
      <CopyLinkButton
        getUrl={auditSession.shareUrl}
        note="Task names go after the # in the link. Browsers never send that part to a server, so they stay in your browser and with whoever you send the link to."
      />
      <BackupLink />
    </div>
  );
}
