// Every built page's visible text, checked for a letter glued to a number
// ("but45", "at30", "280characters"): the usual trace of a line break in a
// template that the build collapsed, leaving two words with no space between.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, htmlFiles } from "./site-pages";

/** Inline elements: the text on either side of their tags runs on without a break. */
const INLINE =
  "a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var";

/** A page's visible text: inline tags vanish, every other tag breaks the text. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(new RegExp(`</?(?:${INLINE})\\b[^>]*>`, "gi"), "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/&amp;/g, "&");
}

/**
 * Words where a letter really does touch a number: ordinals (5th), the source
 * points' ids (S1.3), form and law names (W-8BEN, IR35, section 741A), the
 * guides' algebra (45 + 5n) and the coaches' link examples, whose values are
 * percent-encoded ("calc=price%3D120").
 */
const ALLOWED = [
  /^\d+(?:st|nd|rd|th)$/,
  /^S\d+(?:\.\d+)?$/,
  /^(?:W-8BEN|IR35|741A)$/,
  /^\d+n$/,
  /^[a-z]+=\S*%[0-9A-F]{2}/,
];

/** The words of `text` in which a letter touches a digit, less the allowed ones. */
export function gluedWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((word) => /\p{L}\p{N}|\p{N}\p{L}/u.test(word))
    .filter((word) => !ALLOWED.some((pattern) => pattern.test(word)));
}

describe("visible text on every built page", () => {
  it("finds glued words, and lets real ones through", () => {
    expect(
      gluedWords(visibleText("<p>costs but<em>45</em> to explain at30 minutes</p>")),
    ).toEqual(["but45", "at30"]);
    expect(
      gluedWords(
        visibleText("<td>12</td><td>5</td> the 5th, (S1.3), 45 + 5n, calc=price%3D120"),
      ),
    ).toEqual([]);
  });

  it("never glues a letter to a number", () => {
    const offences = htmlFiles().flatMap((file) =>
      gluedWords(visibleText(readFileSync(join(DIST, file), "utf8"))).map(
        (word) => `${file}: "${word}"`,
      ),
    );
    expect(offences, offences.join("\n")).toEqual([]);
  });

  it("keeps the space in the calculator's formulas (costs n × …)", () => {
    const text = visibleText(
      readFileSync(join(DIST, "tools/break-even/index.html"), "utf8"),
    );
    expect(text).toMatch(/doing it yourself costs\s+n × \(minutes ÷ 60\)/);
  });
});
