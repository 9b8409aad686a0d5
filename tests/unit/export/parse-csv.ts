/**
 * A strict RFC 4180 reader for the tests: records end in CRLF (the last one
 * too), quoted fields may hold commas, quotes (doubled), CR and LF. Anything
 * else, such as a bare LF between records or a stray quote inside an unquoted
 * field, throws, so a test can tell a sloppy writer from a correct one.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (atFieldStart && ch === '"') {
      // Quoted field: read to the closing quote, turning "" into ".
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      atFieldStart = false;
      const after = text[i];
      if (after !== "," && after !== "\r")
        throw new Error(`text after closing quote at ${i}`);
      continue;
    }
    if (ch === ",") {
      record.push(field);
      field = "";
      atFieldStart = true;
      i += 1;
    } else if (ch === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      atFieldStart = true;
      i += 2;
    } else if (ch === "\n") {
      throw new Error(`bare LF at ${i}`);
    } else if (ch === '"') {
      throw new Error(`quote inside unquoted field at ${i}`);
    } else {
      field += ch;
      atFieldStart = false;
      i += 1;
    }
  }
  if (!atFieldStart || field !== "" || record.length > 0) {
    throw new Error("last record does not end with CRLF");
  }
  return records;
}
