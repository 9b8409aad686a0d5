// The CSV export, loaded on first use: most readers never export.
import { CSV_MIME } from "~/lib/export/csv";
import { csvFileName } from "~/lib/scorecard/csv-file-name";
import { scorecardCsv } from "~/lib/scorecard/scorecard-csv";
import { $locale, $scorecard } from "~/stores/scorecard";

/** Downloads the scorecard as a .csv file named after the role and the day. */
export function downloadCsv(): void {
  const scorecard = $scorecard.get();
  const blob = new Blob([scorecardCsv(scorecard, $locale.get())], { type: CSV_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = csvFileName(scorecard.role, new Date());
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
