// The whole built site, as a reader sees it, shares no run of 8 words with the
// source articles: not only the guides' Markdown (tests/unit/no-copying.test.ts)
// but every page's visible text, where layouts, page templates and data files
// add words of their own. Same fingerprints and normalizing as the unit test
// (contractions expanded, the articles' titles left out).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashRun, normalizeWords, wordRuns } from "../../scripts/hash-sources.mjs";
import { DIST, htmlFiles } from "./site-pages";

const sourceRuns = new Set<string>(
  JSON.parse(readFileSync("tests/fixtures/source-runs.json", "utf8")) as string[],
);

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** A page's visible text: no scripts, styles or tags, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) =>
      String.fromCodePoint(parseInt(code, 16)),
    )
    .replace(/&([a-z]+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
}

const pages = htmlFiles().map((file) => ({
  file,
  text: visibleText(readFileSync(join(DIST, file), "utf8")),
}));

describe("the built site's visible text", () => {
  it("is found: every guide page and then some", () => {
    expect(pages.filter((page) => page.file.startsWith("guide/")).length).toBeGreaterThan(
      10,
    );
  });

  it("decodes entities, so an escaped apostrophe still expands", () => {
    expect(normalizeWords(visibleText("<p>you&#39;re <b>can&#x27;t</b></p>"))).toEqual([
      "you",
      "are",
      "cannot",
    ]);
  });

  it("shares no run of 8 words with the source articles", () => {
    const offences = pages.flatMap(({ file, text }) =>
      [...new Set(wordRuns(normalizeWords(text)))]
        .filter((run) => sourceRuns.has(hashRun(run)))
        .map((run) => `${file}: "${run}"`),
    );
    expect(offences, offences.join("\n")).toEqual([]);
  });
});
