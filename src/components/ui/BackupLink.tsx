// Under each tool on its own page (never in an embed, which keeps nothing):
// a backup of everything Handoff keeps in this browser, and the way to the
// summary page, where a backup is restored. It is drawn by a part of the tool
// that loads on demand, so the tool's first download does not grow with it,
// and the backup code itself loads on use.
import { $embedded } from "~/stores/embedded";
import { useStore } from "./use-store";

export function BackupLink() {
  if (useStore($embedded)) return null;
  return (
    <p class="backup-link no-print">
      <button
        type="button"
        class="secondary"
        onClick={() =>
          void import("~/components/backup/download-backup").then((m) =>
            m.downloadBackup(),
          )
        }
      >
        Download a backup
      </button>{" "}
      <a href="/summary/#backup">Restore a backup or see all your saved work</a>
    </p>
  );
}
