/**
 * An independent reader for the .ics files we write, strict where RFC 5545 is:
 * it reports every problem it finds instead of stopping at the first.
 */

const decoder = new TextDecoder("utf-8", { fatal: true });

/** A parsed property: name, parameters as written, and the raw value. */
export interface IcsProperty {
  readonly name: string;
  readonly params: string;
  readonly value: string;
}

/** A component with its properties and children. */
export interface IcsComponent {
  readonly name: string;
  readonly properties: IcsProperty[];
  readonly children: IcsComponent[];
}

/** Undoes TEXT escaping: \\n or \\N is a line break, \\\\ \\; \\, the character. */
export function unescapeIcsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) =>
    ch === "n" || ch === "N" ? "\n" : ch,
  );
}

/** Joins folded lines: a CRLF followed by one space or tab is removed. */
export function unfoldIcs(text: string): string {
  return text.replace(/\r\n[ \t]/g, "");
}

/** The physical lines of a file, each checked to end in CRLF. */
function physicalLines(text: string, problems: string[]): string[] {
  if (!text.endsWith("\r\n")) problems.push("the file does not end with CRLF");
  const lines = text.split("\r\n");
  lines.pop();
  lines.forEach((line, i) => {
    if (/[\r\n]/.test(line)) problems.push(`line ${i + 1} has a bare CR or LF`);
    const bytes = Buffer.from(line, "utf8");
    if (bytes.length > 75) problems.push(`line ${i + 1} is ${bytes.length} octets`);
  });
  // Splitting the bytes, not the string, catches a fold inside a multi-byte character.
  const raw = Buffer.from(text, "utf8");
  let from = 0;
  for (let at = raw.indexOf("\r\n"); at !== -1; at = raw.indexOf("\r\n", from)) {
    try {
      decoder.decode(raw.subarray(from, at));
    } catch {
      problems.push(`a line starting at byte ${from} is not valid UTF-8 on its own`);
    }
    from = at + 2;
  }
  return lines;
}

/**
 * Reads an .ics file, checking: CRLF everywhere, no line over 75 octets, no
 * line that splits a UTF-8 character, BEGIN/END balanced and matching, one
 * VCALENDAR with VERSION:2.0 and PRODID, every VEVENT with UID, DTSTAMP and
 * DTSTART, DTEND after DTSTART, and UIDs unique.
 */
export function checkIcs(text: string): {
  problems: string[];
  calendar: IcsComponent | null;
} {
  const problems: string[] = [];
  physicalLines(text, problems);
  const logical = unfoldIcs(text).split("\r\n");
  logical.pop();
  const root: IcsComponent = { name: "", properties: [], children: [] };
  const stack: IcsComponent[] = [root];
  for (const line of logical) {
    // The s flag: without it `.` stops at U+2028 and U+2029, which are text
    // to iCalendar (only CR and LF end its lines; physicalLines checks those).
    const match = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/s.exec(line);
    if (!match) {
      problems.push(`not a content line: ${line}`);
      continue;
    }
    const [, name = "", params = "", value = ""] = match;
    const top = stack[stack.length - 1] ?? root;
    if (name === "BEGIN") {
      const child: IcsComponent = { name: value, properties: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === "END") {
      if (top.name !== value)
        problems.push(`END:${value} closes ${top.name || "nothing"}`);
      else stack.pop();
    } else {
      if (top === root) problems.push(`property ${name} outside any component`);
      top.properties.push({ name, params, value });
    }
  }
  if (stack.length !== 1) problems.push(`${stack.length - 1} component(s) left open`);
  const calendars = root.children.filter((c) => c.name === "VCALENDAR");
  const calendar = calendars[0] ?? null;
  if (root.children.length !== 1 || !calendar)
    problems.push("expected exactly one VCALENDAR");
  if (calendar) {
    const prop = (c: IcsComponent, n: string) => c.properties.filter((p) => p.name === n);
    if (prop(calendar, "VERSION")[0]?.value !== "2.0")
      problems.push("VERSION:2.0 missing");
    if (prop(calendar, "PRODID").length !== 1) problems.push("PRODID missing");
    const uids = new Set<string>();
    for (const event of calendar.children.filter((c) => c.name === "VEVENT")) {
      for (const required of ["UID", "DTSTAMP", "DTSTART"]) {
        if (prop(event, required).length !== 1)
          problems.push(`VEVENT without one ${required}`);
      }
      const uid = prop(event, "UID")[0]?.value ?? "";
      if (uids.has(uid)) problems.push(`duplicate UID ${uid}`);
      uids.add(uid);
      const start = prop(event, "DTSTART")[0]?.value ?? "";
      const end = prop(event, "DTEND")[0]?.value;
      // Basic-format dates compare correctly as strings.
      if (end !== undefined && !(end > start))
        problems.push(`DTEND ${end} not after ${start}`);
    }
  }
  return { problems, calendar };
}

/** The VEVENTs of a checked calendar as name -> raw value maps. */
export function icsEvents(calendar: IcsComponent | null): Map<string, string>[] {
  return (calendar?.children ?? [])
    .filter((c) => c.name === "VEVENT")
    .map((event) => new Map(event.properties.map((p) => [p.name + p.params, p.value])));
}
