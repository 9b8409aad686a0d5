// Task names come from readers, saved state and other people's links. Preact
// shows them as text, so markup is harmless and kept; what goes is what could
// hide or reorder what a reader sees, and line breaks (a name is one line).
const HIDDEN =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `raw` as a one-line name of at most `maxLength` UTF-16 units (a surrogate
 * pair is never split), and whether anything changed. Not a string gives "".
 */
export function cleanName(
  raw: unknown,
  maxLength: number,
): { text: string; changed: boolean } {
  if (typeof raw !== "string") return { text: "", changed: true };
  let text = raw
    .replace(/[\r\n\t]+/g, " ")
    .replace(HIDDEN, "")
    .replace(LONE_SURROGATE, "");
  let changed = text !== raw;
  if (text.length > maxLength) {
    const end = /[\ud800-\udbff]/.test(text.charAt(maxLength - 1))
      ? maxLength - 1
      : maxLength;
    text = text.slice(0, end);
    changed = true;
  }
  return { text, changed };
}
