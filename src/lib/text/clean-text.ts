// Names and notes come from readers, saved state and other people's links, in
// every tool that keeps them (scorecard candidates, audit tasks). Preact
// renders them as text, so markup in them is harmless and kept as
// typed; what is removed is what could hide or reorder what a reader sees.
const HIDDEN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made safe to show, and whether anything had to change. */
export interface CleanText {
  readonly text: string;
  /** True when hidden characters were removed or the text was cut. */
  readonly changed: boolean;
}

/**
 * Cleans reader text for a name (`multiline` false: line breaks and tabs
 * become spaces) or a note (line breaks kept, "\r\n" read as one): removes
 * control, zero-width and direction-override characters and lone surrogates,
 * then cuts to `maxLength` UTF-16 units without splitting a surrogate pair.
 * Anything that is not a string gives "" and counts as changed.
 */
export function cleanText(
  raw: unknown,
  maxLength: number,
  multiline: boolean,
): CleanText {
  if (typeof raw !== "string") return { text: "", changed: true };
  const source = raw.replace(/\r\n?/g, "\n");
  let text = (multiline ? source : source.replace(/[\n\t]/g, " "))
    .replace(HIDDEN, "")
    .replace(LONE_SURROGATE, "");
  let changed = text !== source;
  if (text.length > maxLength) {
    const end = /[\ud800-\udbff]/.test(text.charAt(maxLength - 1))
      ? maxLength - 1
      : maxLength;
    text = text.slice(0, end);
    changed = true;
  }
  return { text, changed };
}
