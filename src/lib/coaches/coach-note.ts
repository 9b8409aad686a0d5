// A coach's note travels with a shared link, in the fragment ("#note=..."),
// so it never reaches a server's logs. The fragment is read as a
// URLSearchParams string, the same way the scorecard keeps its candidates
// there, so both can share it.

/** The fragment key that carries a coach's note. */
export const NOTE_KEY = "note";

/** The longest note, in characters (UTF-16 units, as a textarea counts them). */
export const COACH_NOTE_MAX_LENGTH = 280;

// Characters that could hide or reorder what the client reads: controls
// (line breaks included: the note shows as one paragraph), zero-width and
// direction-override characters, and lone surrogates.
const HIDDEN =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A note made safe to show as plain text: hidden characters removed (line
 * breaks and tabs become spaces), runs of spaces squeezed, trimmed, and cut to
 * {@link COACH_NOTE_MAX_LENGTH} without splitting a surrogate pair. Markup is
 * kept as typed: the view renders it as text, never as HTML.
 */
export function cleanCoachNote(raw: string): string {
  let text = raw
    .replace(/[\t\n\r]/g, " ")
    .replace(HIDDEN, "")
    .replace(/ {2,}/g, " ")
    .trim();
  if (text.length > COACH_NOTE_MAX_LENGTH) {
    const end = /[\ud800-\udbff]/.test(text.charAt(COACH_NOTE_MAX_LENGTH - 1))
      ? COACH_NOTE_MAX_LENGTH - 1
      : COACH_NOTE_MAX_LENGTH;
    text = text.slice(0, end).trimEnd();
  }
  return text;
}

/** The fragment of `hash` ("#..." or "") as parameters. */
const fragment = (hash: string) => new URLSearchParams(hash.replace(/^#/, ""));

/**
 * The note in a URL's fragment, cleaned, or null when there is none or it is
 * empty once cleaned. The first "note" counts. Never throws.
 */
export function readCoachNote(hash: string): string | null {
  const raw = fragment(hash).get(NOTE_KEY);
  if (raw === null) return null;
  const note = cleanCoachNote(raw);
  return note === "" ? null : note;
}

/**
 * `url` with `note` (cleaned) in its fragment, after whatever the tool keeps
 * there; any earlier note is replaced. An empty note only removes the old one.
 */
export function withCoachNote(url: string, note: string): string {
  const result = new URL(url);
  const params = fragment(result.hash);
  params.delete(NOTE_KEY);
  const clean = cleanCoachNote(note);
  if (clean !== "") params.append(NOTE_KEY, clean);
  result.hash = params.toString();
  return result.href;
}

/** `hash` without the note, keeping the rest of the fragment ("" when nothing is left). */
export function withoutCoachNote(hash: string): string {
  const params = fragment(hash);
  if (!params.has(NOTE_KEY)) return hash;
  params.delete(NOTE_KEY);
  const rest = params.toString();
  return rest === "" ? "" : `#${rest}`;
}
