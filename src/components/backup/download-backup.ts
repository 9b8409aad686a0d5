// "Download a backup", on the summary page and under each tool.
import { downloadFile } from "~/components/ui/download-file";
import { backupFile } from "~/stores/backup";

/** Saves the backup file through the browser's download. */
export function downloadBackup(): void {
  const { fileName, text } = backupFile();
  downloadFile(fileName, text, "application/json");
}
