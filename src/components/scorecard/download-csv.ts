// The CSV export, loaded on first use: most readers never export.
import { downloadFile } from "~/components/ui/download-file";
import { CSV_MIME } from "~/lib/export/csv";
import { csvFileName } from "~/lib/scorecard/csv-file-name";
import { scorecardCsv } from "~/lib/scorecard/scorecard-csv";
import { $locale, $scorecard } from "~/stores/scorecard";

/** Downloads the scorecard as a .csv file named after the role and the day. */
export function downloadCsv(): void {
  const scorecard = $scorecard.get();
  downloadFile(
    csvFileName(scorecard.role, new Date()),
    scorecardCsv(scorecard, $locale.get()),
    CSV_MIME,
  );
}
