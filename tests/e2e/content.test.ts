// The built guide keeps its promises: every mistake points at a section that
// exists, and the feed lists every article.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DIST } from "./site-pages";
import { PATH_STAGE_INFO } from "~/lib/content/path-stages";
import { SOURCE_POINTS } from "~/lib/content/source-articles";
import { TOOLS } from "~/lib/tools/tool-catalogue";

const page = (...parts: string[]) =>
  readFileSync(join(DIST, ...parts, "index.html"), "utf8");
/** The guides' frontmatter lists of mistakes, by guide id. */
const guideMistakes = new Map(
  readdirSync("src/content/guides").map((file) => {
    const text = readFileSync(join("src/content/guides", file), "utf8");
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
    const data = parse(front) as { mistakes?: string[] };
    return [file.replace(/\.mdx$/, ""), data.mistakes ?? []] as const;
  }),
);

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

describe("the path through the site", () => {
  it("links Start here from the home page above the tools", () => {
    const html = page();
    const start = html.indexOf('href="/start/"');
    expect(start).toBeGreaterThan(-1);
    expect(start).toBeLessThan(html.indexOf('id="tools-title"'));
  });

  it("shows the reading path on the home page as stages, with every guide and tool", () => {
    const html = page();
    const path = html.slice(
      html.indexOf('id="path-title"'),
      html.indexOf('id="tools-title"'),
    );
    for (const stage of PATH_STAGE_INFO) expect(path).toContain(stage.title);
    for (const guide of guides) expect(path).toContain(`href="/guide/${guide}/"`);
    for (const tool of TOOLS) expect(path).toContain(`href="${tool.path}"`);
  });

  it("sends readers on from /start/ by situation", () => {
    const html = page("start");
    for (const id of ["never-outsourced", "about-to-hire", "not-going-well"]) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it.each(guides)(
    "shows on %s the mistakes it helps avoid and the articles it draws on",
    (guide) => {
      const html = page("guide", guide);
      const box = html.slice(html.indexOf('id="avoid-title"'));
      expect(box).toContain("Mistakes this guide helps you avoid");
      for (const id of guideMistakes.get(guide) ?? []) {
        expect(box).toContain(`href="/mistakes/#${id}"`);
      }
      expect(box).toMatch(/Drawn from[\s\S]*href="\/sources\/#S[1-5]"/);
    },
  );

  it("names sources on /mistakes/ instead of listing bare codes", () => {
    const html = page("mistakes");
    expect(html).not.toMatch(/sources<\/a>: S\d/);
    expect(html).toContain("Blog and Retire (S1.");
  });

  it("says on /sources/ what each point is and links to the section covering it", () => {
    const html = page("sources");
    for (const point of SOURCE_POINTS) {
      const id = point.replace(".", "-");
      const line = html.slice(
        html.indexOf(`id="${id}"`),
        html.indexOf("</li>", html.indexOf(`id="${id}"`)),
      );
      expect(line, point).toMatch(/Covered in <a href="\/guide\/[a-z-]+\/#[a-z0-9-]+"/);
    }
  });

  it("never calls the tools “three calculators” or “three tools”", () => {
    for (const html of [
      page(),
      page("tools"),
      page("guide", "keeping-good-contractors"),
    ]) {
      expect(html).not.toMatch(/three (calculators|tools)/i);
    }
  });
});
