// Every internal link and fragment in the built site points at something that
// exists, and every page is valid HTML. Both are checked on the files in dist/
// (no browser needed), so pages outside the sitemap are covered too.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { DIST, htmlFiles, urlPathOf } from "./site-pages";

const files = htmlFiles();
const pages = new Map(
  files.map((file) => [urlPathOf(file), readFileSync(join(DIST, file), "utf8")]),
);

/** Ids a fragment can point at on a page. */
function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Resolves an internal URL path to the built HTML of the page, if any. */
function pageAt(path: string): string | undefined {
  if (pages.has(path)) return pages.get(path);
  const file = join(DIST, decodeURIComponent(path));
  return existsSync(file) ? "" : undefined;
}

describe("internal links", () => {
  it.each(files)("all resolve from %s", (file) => {
    const from = urlPathOf(file);
    const html = pages.get(from)!;
    const broken: string[] = [];
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
      const raw = href!.replaceAll("&amp;", "&");
      const url = new URL(raw, `http://site${from}`);
      if (url.host !== "site") continue;
      const target = pageAt(url.pathname);
      if (target === undefined) {
        broken.push(`${raw}: no such page`);
      } else if (
        url.hash &&
        url.hash !== "#" &&
        !ids(target || html).has(decodeURIComponent(url.hash.slice(1)))
      ) {
        broken.push(`${raw}: no element with that id`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("spacing around links", () => {
  // Astro drops a line break between a word and an element, so "Read\n<a>"
  // renders as "Read<a>": catch words glued to a link.
  it.each(files)("%s has no word glued to a link", (file) => {
    const html = pages
      .get(urlPathOf(file))!
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, "");
    const glued = [
      ...html.matchAll(/[A-Za-z,.;:?]<a\s[^>]*>[^<]{0,20}|<\/a>[A-Za-z(][^<]{0,20}/g),
    ].map((m) => m[0]);
    expect(glued).toEqual([]);
  });
});

describe("HTML validity", () => {
  const validator = new HtmlValidate({
    extends: ["html-validate:recommended"],
    // Astro puts one <style> for its island elements in the body, before the
    // first island; browsers have always accepted <style> there.
    elements: ["html5", { style: { flow: true } }],
    rules: {
      // Astro writes void elements as <input>, Preact's server render as
      // <input/>: both are valid HTML, only the style differs.
      "void-style": "off",
    },
  });
  it.each(files)("%s has no html-validate errors", async (file) => {
    const report = await validator.validateString(pages.get(urlPathOf(file))!, file);
    const errors = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
