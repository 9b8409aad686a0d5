/** Words a reader gets through per minute on screen; a common, conservative figure. */
export const WORDS_PER_MINUTE = 220;

/**
 * Minutes to read a text, rounded up, at least 1. Markdown and MDX syntax is
 * stripped roughly first so link targets and markup don't count as words.
 */
export function readingMinutes(text: string): number {
  const prose = text
    .replace(/^---[\s\S]*?---/, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<[^>]+>/g, " ");
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
