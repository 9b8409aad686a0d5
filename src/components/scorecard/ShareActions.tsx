// Getting the comparison out of the tool: a CSV file, a printed page, a link.
import { BackupLink } from "~/components/ui/BackupLink";
import { CopyLinkButton } from "~/components/ui/CopyLinkButton";
import { scorecardSession, startOver } from "~/stores/scorecard";

/** Class on <html> while printing from the button: the page prints the comparison alone. */
export const PRINT_CLASS = "print-comparison";

function printComparison(): void {
  const root = document.documentElement;
  root.classList.add(PRINT_CLASS);
  addEventListener("afterprint", () => root.classList.remove(PRINT_CLASS), {
    once: true,
  });
  print();
}

/** Download CSV, Print, Start over (undone from the tool's Undo bar) and Copy link, with where the names go in the link. */
export function ShareActions() {
  return (
    <div class="share no-print">
      <p class="actions">
        <button
          type="button"
          onClick={() => void import("./download-csv").then((m) => m.downloadCsv())}
        >
          Download CSV
        </button>
        <button type="button" onClick={printComparison}>
          Print comparison
        </button>
        <button type="button" class="secondary" onClick={() => void startOver()}>
          Start over
        </button>
      </p>
      <CopyLinkButton
        getUrl={scorecardSession.shareUrl}
        note="Names, notes and ratings go after the # in the link. Browsers never send that part to a server, so they stay in your browser and with whoever you send the link to."
      />
      <BackupLink />
    </div>
  );
}
