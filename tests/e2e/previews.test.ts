// Link previews: every page of the sitemap (and the 404 page and embeds) names
// a picture made for it at build time, served by the site itself, small
// enough for a chat app to fetch quickly.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ogImage } from "../../scripts/og-images.mjs";
import { TOOLS } from "../../src/lib/tools/tool-catalogue";
import { baseUrl } from "./browser";
import { sitemapPaths } from "./site-pages";

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

const fileOf = (path: string) => `dist${path.endsWith("/") ? `${path}index.html` : path}`;

const sizes: number[] = [];

describe("link previews", () => {
  it.each(sitemapPaths())(
    "%s has its own picture, 1200 × 630 PNG, at most 60 KB",
    async (path) => {
      const html = readFileSync(fileOf(path), "utf8");
      const image = meta(html, "og:image");
      expect(meta(html, "twitter:card")).toBe("summary_large_image");
      expect(image).toBeTruthy();
      // Absolute on the site's own origin (previews need an absolute URL).
      const site = new URL(meta(html, "og:url")!).origin;
      const url = new URL(image!);
      expect(url.origin).toBe(site);
      expect(meta(html, "og:image:alt")).toContain("Handoff");

      const response = await fetch(baseUrl() + url.pathname);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png.length).toBeLessThanOrEqual(60 * 1024);
      sizes.push(png.length);
    },
  );

  it("gives each page a different picture", () => {
    const images = sitemapPaths().map((path) =>
      meta(readFileSync(fileOf(path), "utf8"), "og:image"),
    );
    expect(new Set(images).size).toBe(images.length);
    expect(sizes.length).toBe(images.length);
  });

  it.each(TOOLS.map((tool) => [tool.path, tool]))(
    "draws %s's picture with the tool's question under its title",
    async (path, tool) => {
      const html = readFileSync(fileOf(path), "utf8");
      const title = meta(html, "og:title")!.replace(/&#39;/g, "'").replace(/&amp;/g, "&");
      const served = readFileSync(`dist${new URL(meta(html, "og:image")!).pathname}`);
      // The drawing is deterministic: the same title and line give the same bytes.
      expect(served.equals(await ogImage({ title, line: tool.question }))).toBe(true);
      expect(served.equals(await ogImage({ title }))).toBe(false);
    },
  );
});
