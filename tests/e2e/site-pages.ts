// The list of pages to sweep and the static facts about them, read from dist/.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { TOOLS } from "../../src/lib/tools/tool-catalogue";

export const DIST = "dist";

/**
 * The embed pages: kept out of the sitemap (they are for other sites' iframes,
 * not for search engines) but swept like every other page.
 */
export const EMBED_PATHS = TOOLS.map((tool) => tool.embedPath);

/**
 * Pages kept out of the sitemap because they are personal (noindex), swept
 * like every other page: a coach's client pack, empty without its link.
 */
export const PERSONAL_PATHS = ["/pack/"];

/** Paths of every page in the built sitemap, plus the 404 page, the embeds and the personal pages. */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(DIST, "sitemap-index.xml"), "utf8");
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  const paths = sitemaps.flatMap((sitemap) =>
    [...readFileSync(join(DIST, sitemap), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    ),
  );
  return [...new Set(paths), "/404.html", ...EMBED_PATHS, ...PERSONAL_PATHS];
}

/** Every built HTML file (relative path) outside Pagefind's bundle. */
export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "pagefind" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html")
      ? [relative(DIST, path).split(sep).join("/")]
      : [];
  });
}

/** The URL path a built file is served at. */
export function urlPathOf(file: string): string {
  if (file === "index.html") return "/";
  return file.endsWith("/index.html")
    ? "/" + file.slice(0, -"index.html".length)
    : "/" + file;
}
