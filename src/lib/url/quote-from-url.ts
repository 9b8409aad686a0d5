/** Longest piece of URL text repeated back to the reader, ellipsis included. */
export const MAX_QUOTED_LENGTH = 40;

// Controls, direction overrides and zero-width characters could hide or
// reorder text in a notice; each is shown as a visible replacement character.
const HIDDEN_CHARACTERS =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Quotes text taken from a URL for a plain-text notice: hidden characters made
 * visible, cut to {@link MAX_QUOTED_LENGTH} characters (never inside a
 * surrogate pair), wrapped in curly quotes. The result is still untrusted text:
 * render it as a text node, never as HTML.
 */
export function quoteFromUrl(text: string): string {
  // Enough UTF-16 units for one code point past the limit, even if all are
  // surrogate pairs, so a cut is always noticed; the rest is never looked at.
  const head = text.slice(0, (MAX_QUOTED_LENGTH + 1) * 2);
  const characters = Array.from(head.replace(HIDDEN_CHARACTERS, "\ufffd"));
  const shown =
    characters.length > MAX_QUOTED_LENGTH
      ? `${characters.slice(0, MAX_QUOTED_LENGTH - 1).join("")}…`
      : characters.join("");
  return `“${shown}”`;
}
