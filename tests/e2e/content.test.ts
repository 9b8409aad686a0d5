// The built guide keeps its promises: every mistake points at a section that
// exists, and the feed lists every article.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DIST } from "./site-pages";

const MISTAKES = "src/content/mistakes";
const mistakes = readdirSync(MISTAKES)
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => ({
    id: file.replace(/\.yaml$/, ""),
    ...(parse(readFileSync(join(MISTAKES, file), "utf8")) as {
      guide: string;
      anchor: string;
    }),
  }));
const guides = readdirSync("src/content/guides").map((file) =>
  file.replace(/\.mdx$/, ""),
);

describe("the built guide", () => {
  it.each(mistakes)("has the section mistake “$id” points at", ({ guide, anchor }) => {
    const html = readFileSync(join(DIST, "guide", guide, "index.html"), "utf8");
    expect(html).toContain(` id="${anchor}"`);
  });

  it("lists every mistake on /mistakes/", () => {
    const html = readFileSync(join(DIST, "mistakes", "index.html"), "utf8");
    for (const { id } of mistakes) expect(html).toContain(` id="${id}"`);
  });

  it("has an RSS item for every article", () => {
    const rss = readFileSync(join(DIST, "rss.xml"), "utf8");
    expect(rss.match(/<item>/g)?.length).toBe(guides.length);
    for (const guide of guides) expect(rss).toContain(`/guide/${guide}/</link>`);
  });

  it("gives every article its own Open Graph tags and canonical URL", () => {
    for (const guide of guides) {
      const html = readFileSync(join(DIST, "guide", guide, "index.html"), "utf8");
      expect(html).toMatch(/<meta property="og:type" content="article"/);
      expect(html).toContain(
        `/guide/${guide}/" rel="canonical"`.replace('" rel="canonical"', '"'),
      );
    }
  });
});
