/** Media type for a CSV download (`new Blob([text], { type: CSV_MIME })`). */
export const CSV_MIME = "text/csv;charset=utf-8";

/** One cell: text, a number, or null for an empty cell. */
export type CsvCell = string | number | null;

/** Options for {@link toCsv}. */
export interface CsvOptions {
  /**
   * Start the text with a UTF-8 byte-order mark. Excel needs it to read the
   * file as UTF-8; without it, names like "Zoë" or "Łukasz" come out garbled.
   */
  readonly bom?: boolean;
}

// A spreadsheet treats a cell that starts with one of these as a formula (tab
// and carriage return because some programs strip them and read on).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text, neutralised and quoted as needed. */
function cellText(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    // Numbers we produce are data, not text from a reader, so "-5" stays a
    // number; non-finite values have no honest cell text and stay empty.
    if (!Number.isFinite(cell)) return "";
    return Object.is(cell, -0) ? "0" : String(cell);
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV by RFC 4180: fields separated by commas, every record
 * ended with CRLF, fields that hold a comma, double quote, CR or LF wrapped in
 * double quotes with inner quotes doubled. Against formula injection, a text
 * cell starting with =, +, -, @, tab or CR gets a leading apostrophe so
 * spreadsheets show it as text. Numbers are written plainly ("1234.5"),
 * null and non-finite numbers as empty cells. A record whose only field is
 * empty is written as `""` so it is not read back as a blank line.
 */
export function toCsv(
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  const body = rows
    .map((row) => {
      const line = row.map(cellText).join(",");
      return (line === "" ? '""' : line) + "\r\n";
    })
    .join("");
  return options.bom === true ? `\uFEFF${body}` : body;
}
