import fc from "fast-check";
import { anyText } from "../support/any-text";
import { describe, expect, it } from "vitest";
import { cleanText } from "~/lib/text/clean-text";

describe("cleanText", () => {
  it("keeps ordinary text, markup included, unchanged", () => {
    expect(cleanText("Ana <b>Silva</b> & co", 60, false)).toEqual({
      text: "Ana <b>Silva</b> & co",
      changed: false,
    });
  });

  it("removes control, zero-width and direction-override characters", () => {
    expect(cleanText("A\u0000n\u200ba\u202e", 60, false)).toEqual({
      text: "Ana",
      changed: true,
    });
  });

  it("turns line breaks into spaces in a name and keeps them in a note", () => {
    expect(cleanText("Ana\r\nSilva", 60, false).text).toBe("Ana Silva");
    expect(cleanText("one\r\ntwo\rthree", 500, true).text).toBe("one\ntwo\nthree");
  });

  it("cuts to the limit without splitting an emoji", () => {
    // "ab😀": the emoji is two UTF-16 units, so a limit of 3 keeps "ab" only.
    expect(cleanText("ab😀", 3, false)).toEqual({ text: "ab", changed: true });
    expect(cleanText("abcd", 3, false)).toEqual({ text: "abc", changed: true });
  });

  it("gives an empty string for anything that is not a string", () => {
    for (const value of [null, undefined, 3, {}, ["a"]])
      expect(cleanText(value, 60, false)).toEqual({ text: "", changed: true });
  });

  it("always returns text within the limit with no lone surrogates", () => {
    fc.assert(
      fc.property(anyText(), fc.integer({ min: 1, max: 80 }), (raw, max) => {
        const { text } = cleanText(raw, max, true);
        expect(text.length).toBeLessThanOrEqual(max);
        expect(text.isWellFormed()).toBe(true);
      }),
    );
  });
});
