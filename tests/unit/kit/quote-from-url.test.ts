import { describe, expect, it } from "vitest";
import { MAX_QUOTED_LENGTH, quoteFromUrl } from "~/lib/url/quote-from-url";

describe("quoteFromUrl", () => {
  it("wraps short text in curly quotes unchanged", () => {
    expect(quoteFromUrl("do=abc")).toBe("“do=abc”");
  });

  it(`cuts text to ${MAX_QUOTED_LENGTH} characters, the ellipsis included`, () => {
    const quoted = quoteFromUrl("a".repeat(100_000));
    expect(quoted).toBe(`“${"a".repeat(MAX_QUOTED_LENGTH - 1)}…”`);
  });

  it("keeps text of exactly the limit whole", () => {
    expect(quoteFromUrl("b".repeat(MAX_QUOTED_LENGTH))).toBe(
      `“${"b".repeat(MAX_QUOTED_LENGTH)}”`,
    );
  });

  it("never cuts an emoji in half", () => {
    const quoted = quoteFromUrl("😀".repeat(50));
    expect(quoted).toBe(`“${"😀".repeat(MAX_QUOTED_LENGTH - 1)}…”`);
  });

  it("makes control and direction-override characters visible", () => {
    expect(quoteFromUrl("a\u202eb\u0000c\u200bd")).toBe("“a�b�c�d”");
  });

  it("leaves markup as text for the caller to render as text", () => {
    expect(quoteFromUrl("<b>x</b>")).toBe("“<b>x</b>”");
  });
});
