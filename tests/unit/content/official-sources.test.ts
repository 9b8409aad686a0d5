// Every fact a guide takes from another site links to an official page, and
// every such page is listed in the guide's frontmatter with the date it was
// last checked (shown at the end of the guide). This holds the two together.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const dir = new URL("../../../src/content/guides/", import.meta.url);

interface Frontmatter {
  officialSources?: { name: string; url: string; checked: string | Date }[];
}

const guides = readdirSync(dir)
  .filter((file) => file.endsWith(".mdx"))
  .map((file) => {
    const text = readFileSync(new URL(file, dir), "utf8");
    const [, front = "", body = ""] =
      /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const data = (parse(front) ?? {}) as Frontmatter;
    return {
      id: file.replace(/\.mdx$/, ""),
      sources: data.officialSources ?? [],
      /** Every link in the body that leaves the site. */
      external: [...body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!),
    };
  });

/** The day the facts were last checked for this issue of the guide. */
const LAST_REVIEW = "2026-12-04";

describe("official sources", () => {
  it("are found: the contracts guide cites a dozen or more", () => {
    const contracts = guides.find((g) => g.id === "contracts-payment-and-the-law");
    expect(contracts?.sources.length).toBeGreaterThanOrEqual(12);
  });

  it.each(guides)("$id links out only to pages its frontmatter lists", (guide) => {
    const listed = new Set(guide.sources.map((source) => source.url));
    expect(guide.external.filter((url) => !listed.has(url))).toEqual([]);
  });

  it.each(guides)("$id lists only pages its text links to", (guide) => {
    const linked = new Set(guide.external);
    expect(guide.sources.filter((source) => !linked.has(source.url))).toEqual([]);
  });

  it("are official or the platform's own pages, over https, checked on a real day", () => {
    const official =
      /^https:\/\/(www\.irs\.gov|www\.copyright\.gov|www\.gov\.uk|ico\.org\.uk|commission\.europa\.eu|eur-lex\.europa\.eu|www\.nyc\.gov|www\.nysenate\.gov|edd\.ca\.gov|support\.upwork\.com|community\.upwork\.com)\//;
    for (const source of guides.flatMap((g) => g.sources)) {
      expect(source.url).toMatch(official);
      const day = new Date(source.checked).toISOString().slice(0, 10);
      expect(day <= LAST_REVIEW, `${source.url} checked ${day}`).toBe(true);
    }
  });
});
