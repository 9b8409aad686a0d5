// The CSV and Markdown exports, loaded on first use: most readers never export.
// Nothing leaves the browser: the file is a Blob behind a temporary link.
import { downloadFile } from "~/components/ui/download-file";
import { CSV_MIME } from "~/lib/export/csv";
import { auditCsv, auditMarkdown } from "~/lib/delegation-audit/audit-export";
import { $audit, $locale, $result } from "~/stores/delegation-audit";

/** Downloads the audit as "delegation-audit.csv" or "delegation-audit.md". */
export function downloadAudit(kind: "csv" | "md"): void {
  const audit = $audit.get();
  const result = $result.get();
  if (kind === "csv")
    downloadFile("delegation-audit.csv", auditCsv(audit, result), CSV_MIME);
  else
    downloadFile(
      "delegation-audit.md",
      auditMarkdown(audit, result, $locale.get()),
      "text/markdown;charset=utf-8",
    );
}
