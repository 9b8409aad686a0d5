/**
 * A writer for iCalendar files (RFC 5545) holding all-day events, which every
 * calendar app imports. The caller supplies the time stamp: this module never
 * reads the clock, so the same input always gives the same file.
 */

/** Media type for an .ics download. */
export const ICS_MIME = "text/calendar;charset=utf-8";

/** One all-day event. */
export interface IcsEvent {
  /** Globally unique and stable across exports, so re-importing updates rather than duplicates. */
  readonly uid: string;
  /** The day, "YYYY-MM-DD". */
  readonly date: string;
  readonly summary: string;
  readonly description?: string;
  /** An absolute http(s) address; anything else is left out. */
  readonly url?: string;
  /**
   * A repeat rule (RFC 5545 §3.3.10) without the "RRULE:" prefix, e.g.
   * "FREQ=WEEKLY;INTERVAL=2", for an event that goes on with no set end.
   * Anything but upper-case letters, digits, "=", ";", "," and "-" is left out.
   */
  readonly rrule?: string;
}

/** A calendar: who made it, when, and its events. */
export interface IcsCalendar {
  /** The product identifier, e.g. "-//Handoff//Onboarding checklist//EN". */
  readonly prodId: string;
  /** A display name some apps show for the imported calendar. */
  readonly name?: string;
  /** When the file is made, written as every event's DTSTAMP. */
  readonly dtstamp: Date;
  readonly events: readonly IcsEvent[];
}

const MAX_OCTETS = 75;
const CRLF = "\r\n";
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HTTP_URL = /^https?:\/\/[^\s"<>\\^`{|}\u0000-\u001f\u007f]+$/i;
// RFC 5545 TEXT allows no control characters but tab; line breaks are escaped first.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const RRULE = /^FREQ=[A-Z]+(;[A-Z]+=[A-Z0-9,-]+)*$/;

/** Replaces lone surrogates with U+FFFD, as String#toWellFormed does in newer engines. */
function wellFormed(text: string): string {
  return text.replace(
    /([\uD800-\uDBFF][\uDC00-\uDFFF])|[\uD800-\uDFFF]/g,
    (_, pair?: string) => (pair === undefined ? "\uFFFD" : pair),
  );
}

/**
 * Escapes a TEXT property value (RFC 5545 §3.3.11): backslash, semicolon and
 * comma get a backslash, every line break (CRLF, CR or LF) becomes `\n`, other
 * control characters but tab are dropped, and lone surrogates become U+FFFD so
 * the UTF-8 output is well formed.
 */
export function escapeIcsText(text: string): string {
  return wellFormed(text)
    .replace(/[\\;,]/g, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(CONTROL, "");
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line (RFC 5545 §3.1) so no physical line is longer than
 * 75 octets of UTF-8, not counting the line break: breaks go before the
 * character that would cross the limit, never inside a multi-byte character,
 * nor between a backslash and the character it escapes, and each
 * continuation starts with a space, which counts towards its 75.
 * Lines are joined with CRLF; no line break is added at the end.
 */
export function foldIcsLine(line: string): string {
  let out = "";
  let octets = 0;
  // Code points, with an escape such as "\," kept as one unit: the RFC allows a
  // fold inside it, but some parsers read the escape before unfolding.
  for (const [unit] of wellFormed(line).matchAll(/\\[^]|[^]/gu)) {
    let size = 0;
    for (const ch of unit) size += utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS && octets > 1) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += unit;
    octets += size;
  }
  return out;
}

function icsDate(date: string): { start: string; end: string } {
  const match = ISO_DATE.exec(date);
  const ms = match
    ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    : Number.NaN;
  const start = new Date(ms);
  if (!match || !Number.isFinite(ms) || start.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${date}`);
  }
  // An all-day event ends, exclusively, on the next day.
  const end = new Date(ms + 86_400_000);
  const basic = (d: Date) => d.toISOString().slice(0, 10).replaceAll("-", "");
  return { start: basic(start), end: basic(end) };
}

function icsTimestamp(date: Date): string {
  if (!Number.isFinite(date.getTime()))
    throw new RangeError("DTSTAMP is not a valid date");
  // 2027-01-05T09:30:00.000Z -> 20270105T093000Z
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function eventLines(event: IcsEvent, dtstamp: string): string[] {
  const { start, end } = icsDate(event.date);
  return [
    "BEGIN:VEVENT",
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${end}`,
    ...(event.rrule !== undefined && RRULE.test(event.rrule)
      ? [`RRULE:${event.rrule}`]
      : []),
    `SUMMARY:${escapeIcsText(event.summary)}`,
    ...(event.description === undefined
      ? []
      : [`DESCRIPTION:${escapeIcsText(event.description)}`]),
    ...(event.url !== undefined && HTTP_URL.test(event.url) ? [`URL:${event.url}`] : []),
    // A reminder of a step to take, not a meeting: it should not mark the day busy.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/**
 * Writes a VCALENDAR (VERSION 2.0, CALSCALE GREGORIAN, METHOD PUBLISH) with
 * one all-day VEVENT per event: UID, DTSTAMP, DTSTART and DTEND as dates (the
 * end is the next day), RRULE, SUMMARY, and DESCRIPTION and URL when given. Text is
 * escaped, every line folded at 75 octets and ended with CRLF. RFC 5545 wants
 * at least one event, so callers should not offer an empty calendar.
 * Throws a RangeError for an invalid event date or time stamp.
 */
export function toIcs(calendar: IcsCalendar): string {
  const dtstamp = icsTimestamp(calendar.dtstamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeIcsText(calendar.prodId)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(calendar.name === undefined
      ? []
      : [`X-WR-CALNAME:${escapeIcsText(calendar.name)}`]),
    ...calendar.events.flatMap((event) => eventLines(event, dtstamp)),
    "END:VCALENDAR",
  ];
  return lines.map((line) => foldIcsLine(line) + CRLF).join("");
}
