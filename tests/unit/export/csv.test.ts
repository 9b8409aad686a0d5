import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_MIME, toCsv, type CsvCell } from "~/lib/export/csv";
import { parseCsv } from "./parse-csv";

/** What a cell should read as once parsed back: text neutralised, numbers plain. */
function expected(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell + 0) : "";
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

describe("toCsv", () => {
  it("separates fields with commas and ends every record, the last too, with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toBe("a,b\r\nc,d\r\n");
  });

  it("returns an empty string for no rows", () => {
    expect(toCsv([])).toBe("");
  });

  it("quotes a field holding a comma", () => {
    expect(toCsv([["Smith, Jo", "x"]])).toBe('"Smith, Jo",x\r\n');
  });

  it("quotes a field holding a double quote and doubles the quote", () => {
    expect(toCsv([['Jo "JJ" Smith']])).toBe('"Jo ""JJ"" Smith"\r\n');
  });

  it("quotes fields holding a line feed or a carriage return", () => {
    expect(toCsv([["line one\nline two", "a\rb", "c\r\nd"]])).toBe(
      '"line one\nline two","a\rb","c\r\nd"\r\n',
    );
  });

  it("leaves fields with spaces, apostrophes and semicolons unquoted", () => {
    expect(toCsv([["O'Brien; senior dev "]])).toBe("O'Brien; senior dev \r\n");
  });

  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1 555 0100", "'+1 555 0100"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tstart", "'\tstart"],
  ])(
    "prefixes an apostrophe to a cell starting with a formula character: %j",
    (cell, out) => {
      expect(toCsv([[cell]])).toBe(`${out}\r\n`);
    },
  );

  it("prefixes a cell starting with CR and quotes it because it holds a CR", () => {
    expect(toCsv([["\r=1+1"]])).toBe(`"'\r=1+1"\r\n`);
  });

  it("neutralises a formula that also needs quoting", () => {
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe(
      `"'=HYPERLINK(""http://x"",""y"")"\r\n`,
    );
  });

  it("leaves formula characters alone when they are not the first character", () => {
    expect(toCsv([["a=b", "1+1", "me@example.com", "x-y"]])).toBe(
      "a=b,1+1,me@example.com,x-y\r\n",
    );
  });

  it("writes numbers plainly, negative numbers without an apostrophe", () => {
    expect(toCsv([[1234.5, -5, 0, 1e-7]])).toBe("1234.5,-5,0,1e-7\r\n");
  });

  it("writes null, NaN and infinities as empty cells and -0 as 0", () => {
    expect(toCsv([[null, Number.NaN, Number.POSITIVE_INFINITY, -0, "end"]])).toBe(
      ",,,0,end\r\n",
    );
  });

  it("writes a record with a single empty field as a quoted empty string, not a blank line", () => {
    const text = toCsv([["a"], [null], [""], ["b"]]);
    expect(text).toBe('a\r\n""\r\n""\r\nb\r\n');
    expect(parseCsv(text)).toEqual([["a"], [""], [""], ["b"]]);
  });

  it("keeps non-ASCII names intact", () => {
    expect(toCsv([["Zoë Łukasiewicz", "山田 太郎", "José 🙂"]])).toBe(
      "Zoë Łukasiewicz,山田 太郎,José 🙂\r\n",
    );
  });

  it("starts with a UTF-8 byte-order mark only when asked", () => {
    expect(toCsv([["Zoë"]], { bom: true })).toBe("\uFEFFZoë\r\n");
    expect(toCsv([["Zoë"]], { bom: false })).toBe("Zoë\r\n");
    expect(toCsv([["Zoë"]]).startsWith("\uFEFF")).toBe(false);
  });

  it("reads back, cell for cell, through an RFC 4180 parser for any text and numbers", () => {
    const cell: fc.Arbitrary<CsvCell> = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({
        unit: fc.constantFrom(
          "a",
          " ",
          ",",
          '"',
          "\r",
          "\n",
          "\t",
          "=",
          "+",
          "-",
          "@",
          "ë",
        ),
      }),
      fc.double(),
      fc.integer(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 }),
        (rows) => {
          expect(parseCsv(toCsv(rows))).toEqual(rows.map((row) => row.map(expected)));
        },
      ),
    );
  });

  it("never lets a parsed text cell start with a formula character", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (row) => {
        for (const field of parseCsv(toCsv([row]))[0] ?? []) {
          expect(field).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
    );
  });
});

describe("CSV_MIME", () => {
  it("names text/csv with UTF-8", () => {
    expect(CSV_MIME).toBe("text/csv;charset=utf-8");
  });
});
