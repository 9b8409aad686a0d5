/** A piece of a search excerpt: plain text, highlighted or not. */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};

const decode = (text: string) =>
  text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]!);

/**
 * Splits Pagefind's excerpt HTML (escaped text with `<mark>` around matches)
 * into text parts, so the page can render it with text nodes only and never
 * inserts search data as HTML. Any other tag is dropped.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of html.split(/(<\/?[a-z][^>]*>)/i)) {
    if (token.startsWith("<")) {
      if (/^<mark\b/i.test(token)) marked = true;
      else if (/^<\/mark/i.test(token)) marked = false;
      continue;
    }
    if (token !== "") parts.push({ text: decode(token), marked });
  }
  return parts;
}
