import fc from "fast-check";
import { anyText } from "../support/any-text";
import { describe, expect, it } from "vitest";
import { escapeIcsText, foldIcsLine, toIcs, type IcsCalendar } from "~/lib/export/ics";
import {
  checkIcs,
  icsEvents,
  unescapeIcsText,
  unfoldIcs,
} from "../onboarding/ics-checker";

const octets = (s: string) => Buffer.byteLength(s, "utf8");
const physical = (folded: string) => folded.split("\r\n");

const calendar: IcsCalendar = {
  prodId: "-//Test//Calendar//EN",
  dtstamp: new Date("2027-01-01T09:30:05.123Z"),
  events: [
    {
      uid: "one@test",
      date: "2027-01-05",
      summary: "First, second; third",
      description: "Line one\nLine two with a back\\slash",
      url: "https://example.test/a/#b",
    },
  ],
};

describe("escapeIcsText", () => {
  it("escapes backslash, semicolon and comma, and writes a line break as \\n", () => {
    expect(escapeIcsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("turns CRLF and a lone CR into one \\n each", () => {
    expect(escapeIcsText("a\r\nb\rc")).toBe("a\\nb\\nc");
  });

  it("keeps tabs and colons but drops other control characters", () => {
    expect(escapeIcsText("a\tb:c\u0000\u0007\u001bd\u007f")).toBe("a\tb:cd");
  });

  it("replaces a lone surrogate with U+FFFD so the file stays valid UTF-8", () => {
    expect(escapeIcsText("a\ud800b")).toBe("a\ufffdb");
  });

  it("is undone by unescaping, for any text without control characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const clean = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
        expect(unescapeIcsText(escapeIcsText(clean))).toBe(clean);
        expect(escapeIcsText(clean)).not.toMatch(/[\r\n]/);
      }),
    );
  });
});

describe("foldIcsLine", () => {
  it("leaves a line of exactly 75 octets alone", () => {
    const line = `X:${"a".repeat(73)}`;
    expect(foldIcsLine(line)).toBe(line);
  });

  it("folds a 76-octet line into 75 octets, then CRLF, a space and the last one", () => {
    const line = `X:${"a".repeat(74)}`;
    expect(physical(foldIcsLine(line))).toEqual([line.slice(0, 75), " a"]);
  });

  it("moves a two-octet character that would cross octet 75 to the next line", () => {
    // "X:" + 72 "a" = 74 octets; "é" would make 76.
    const folded = physical(foldIcsLine(`X:${"a".repeat(72)}é`));
    expect(folded).toEqual([`X:${"a".repeat(72)}`, " é"]);
  });

  it("keeps a three-octet character whole: 73 + 3 > 75, so it starts the next line", () => {
    const folded = physical(foldIcsLine(`X:${"a".repeat(71)}€b`));
    expect(folded.map(octets)).toEqual([73, 5]);
    expect(folded[1]).toBe(" €b");
  });

  it("keeps a four-octet emoji whole and fits one exactly at octets 72-75", () => {
    // "X:" + 69 "a" = 71 octets, so the emoji takes octets 72-75; one more "a" pushes it over.
    expect(physical(foldIcsLine(`X:${"a".repeat(69)}👀`))).toEqual([
      `X:${"a".repeat(69)}👀`,
    ]);
    expect(physical(foldIcsLine(`X:${"a".repeat(70)}👀`))).toEqual([
      `X:${"a".repeat(70)}`,
      " 👀",
    ]);
  });

  it("does not split an escape like \\, across a fold", () => {
    const folded = physical(foldIcsLine(`X:${"a".repeat(72)}\\,b`));
    expect(folded).toEqual([`X:${"a".repeat(72)}`, " \\,b"]);
  });

  it("limits continuation lines to 74 octets after their leading space", () => {
    const folded = physical(foldIcsLine(`X:${"a".repeat(300)}`));
    // 302 octets = 75 on the first line + 3 x 74 after a space + 5 left over.
    expect(folded.map(octets)).toEqual([75, 75, 75, 75, 6]);
    expect(folded.slice(1).every((line) => line.startsWith(" "))).toBe(true);
  });

  it("never exceeds 75 octets, never splits a character, and unfolds to the original", () => {
    fc.assert(
      fc.property(anyText({ maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, "")}`;
        const folded = foldIcsLine(line);
        const decoder = new TextDecoder("utf-8", { fatal: true });
        for (const part of physical(folded)) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          expect(() => decoder.decode(Buffer.from(part, "utf8"))).not.toThrow();
        }
        expect(unfoldIcs(folded)).toBe(line.toWellFormed());
      }),
    );
  });
});

describe("toIcs", () => {
  it("writes a calendar and an all-day event that pass every check", () => {
    const { problems } = checkIcs(toIcs(calendar));
    expect(problems).toEqual([]);
  });

  it("writes the calendar header properties in order, each line ending in CRLF", () => {
    const text = toIcs(calendar);
    expect(text.split("\r\n").slice(0, 5)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Test//Calendar//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
    ]);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes the event's UID, DTSTAMP in UTC without milliseconds, and dates as VALUE=DATE", () => {
    const [event] = icsEvents(checkIcs(toIcs(calendar)).calendar);
    expect(event?.get("UID")).toBe("one@test");
    expect(event?.get("DTSTAMP")).toBe("20270101T093005Z");
    expect(event?.get("DTSTART;VALUE=DATE")).toBe("20270105");
    expect(event?.get("DTEND;VALUE=DATE")).toBe("20270106");
  });

  it("escapes the summary and description so they read back exactly", () => {
    const [event] = icsEvents(checkIcs(toIcs(calendar)).calendar);
    expect(event?.get("SUMMARY")).toBe("First\\, second\\; third");
    expect(unescapeIcsText(event?.get("SUMMARY") ?? "")).toBe("First, second; third");
    expect(unescapeIcsText(event?.get("DESCRIPTION") ?? "")).toBe(
      "Line one\nLine two with a back\\slash",
    );
    expect(event?.get("URL")).toBe("https://example.test/a/#b");
  });

  it.each([
    ["a month end", "2027-01-31", "20270201"],
    ["the leap day", "2028-02-28", "20280229"],
    ["a year end", "2027-12-31", "20280101"],
  ])("ends an all-day event the next day across %s", (_, date, end) => {
    const text = toIcs({ ...calendar, events: [{ uid: "x", date, summary: "x" }] });
    expect(icsEvents(checkIcs(text).calendar)[0]?.get("DTEND;VALUE=DATE")).toBe(end);
  });

  it("leaves out a URL that is not plain http(s)", () => {
    for (const url of [
      "javascript:alert(1)",
      "https://a.test/x y",
      "https://a.test/\r\nX:1",
    ]) {
      const text = toIcs({
        ...calendar,
        events: [{ uid: "x", date: "2027-01-05", summary: "s", url }],
      });
      expect(text).not.toMatch(/^URL/m);
      expect(checkIcs(text).problems).toEqual([]);
    }
  });

  it("cannot be made to add a property through text with line breaks", () => {
    const text = toIcs({
      ...calendar,
      name: "Cal\r\nX-EVIL:1",
      events: [{ uid: "u\nDTSTART:1", date: "2027-01-05", summary: "a\r\nEND:VEVENT" }],
    });
    const { problems, calendar: parsed } = checkIcs(text);
    expect(problems).toEqual([]);
    expect(parsed?.properties.map((p) => p.name)).not.toContain("X-EVIL");
    expect(
      unfoldIcs(text)
        .split("\r\n")
        .filter((l) => l === "END:VEVENT"),
    ).toHaveLength(1);
  });

  it("writes the calendar name when given", () => {
    expect(toIcs({ ...calendar, name: "Plan, v2" })).toContain(
      "\r\nX-WR-CALNAME:Plan\\, v2\r\n",
    );
  });

  it("writes a calendar with no events as a balanced, empty VCALENDAR", () => {
    const text = toIcs({ ...calendar, events: [] });
    expect(checkIcs(text).problems).toEqual([]);
    expect(text).not.toContain("VEVENT");
  });

  it("throws a RangeError for an event date that does not exist or a broken time stamp", () => {
    expect(() =>
      toIcs({ ...calendar, events: [{ uid: "x", date: "2027-02-30", summary: "x" }] }),
    ).toThrow(RangeError);
    expect(() => toIcs({ ...calendar, dtstamp: new Date(Number.NaN) })).toThrow(
      RangeError,
    );
  });

  it("passes every check for any event text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ summary: anyText(), description: fc.string() }), {
          maxLength: 5,
        }),
        (texts) => {
          const events = texts.map((t, i) => ({
            uid: `e${i}@test`,
            date: "2027-03-01",
            ...t,
          }));
          const { problems, calendar: parsed } = checkIcs(toIcs({ ...calendar, events }));
          expect(problems).toEqual([]);
          expect(icsEvents(parsed)).toHaveLength(events.length);
        },
      ),
    );
  });
});
