import { describe, expect, it } from "vitest";
import { readingMinutes, WORDS_PER_MINUTE } from "~/lib/content/reading-time";

describe("readingMinutes", () => {
  it("gives at least one minute for an empty text", () => {
    expect(readingMinutes("")).toBe(1);
  });

  it("rounds up: one word over a minute's worth is two minutes", () => {
    const words = Array.from({ length: WORDS_PER_MINUTE + 1 }, () => "word").join(" ");
    expect(readingMinutes(words)).toBe(2);
  });

  it("does not count link targets, tags or frontmatter as words", () => {
    const text = `---\ntitle: ${"x ".repeat(500)}\n---\n[read](/guide/a-very/long/path/) <Tool client:visible />`;
    expect(readingMinutes(text)).toBe(1);
  });
});
