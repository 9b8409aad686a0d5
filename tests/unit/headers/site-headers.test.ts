// The shipped public/_headers: every page refuses to be framed except the
// embeds, which any site may frame; and the framing rules never overlap (a
// host applies every matching rule, and two CSPs would both be enforced).
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headersFor, parseHeaders } from "../../../scripts/headers.mjs";

const rules = parseHeaders(readFileSync("public/_headers", "utf8"));
const framing = (path: string) =>
  headersFor(rules, path)
    .filter(([name]) => name === "Content-Security-Policy")
    .map(([, value]) => value);

/** A URL path for every route file in src/pages (dynamic segments filled with "x"). */
function routePaths(dir = "src/pages", prefix = "/"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return routePaths(
        `${dir}/${entry.name}`,
        `${prefix}${entry.name.replace(/\[.*\]/, "x")}/`,
      );
    const name = entry.name.replace(/\.(astro|ts)$/, "");
    if (name === "index") return [prefix];
    if (name === "404") return ["/404.html"];
    if (name.includes(".")) return []; // feeds and other files, not pages
    return [`${prefix}${name.replace(/\[.*\]/, "x")}/`];
  });
}

describe("public/_headers", () => {
  it.each(routePaths().filter((path) => !path.startsWith("/embed/")))(
    "refuses framing for %s",
    (path) => {
      expect(framing(path)).toEqual(["frame-ancestors 'none'"]);
    },
  );

  it("lets any site frame the embeds, with no other framing rule", () => {
    expect(framing("/embed/break-even/")).toEqual(["frame-ancestors *"]);
  });

  it("sends nosniff, a strict referrer policy and a permissions policy everywhere", () => {
    for (const path of ["/", "/tools/break-even/", "/embed/break-even/"]) {
      const names = headersFor(rules, path).map(([name]) => name);
      expect(names).toEqual(
        expect.arrayContaining([
          "X-Content-Type-Options",
          "Referrer-Policy",
          "Permissions-Policy",
        ]),
      );
    }
    expect(headersFor(rules, "/")).toContainEqual([
      "Referrer-Policy",
      "strict-origin-when-cross-origin",
    ]);
  });

  const samples = [
    ...routePaths(),
    "/_astro/runtime.AbC123.js",
    "/pagefind/pagefind.js",
    "/pagefind/fragment/en_1.pf_fragment",
    "/favicon.svg",
    "/robots.txt",
  ];
  const values = (path: string, header: string) =>
    headersFor(rules, path)
      .filter(([name]) => name.toLowerCase() === header.toLowerCase())
      .map(([, value]) => value);

  it.each(samples)(
    "sets no header twice for %s (hosts would join the values)",
    (path) => {
      const names = headersFor(rules, path).map(([name]) => name.toLowerCase());
      expect(names.length).toBe(new Set(names).size);
    },
  );

  it("keeps the build's hashed files a year without asking again", () => {
    expect(values("/_astro/runtime.AbC123.js", "Cache-Control")).toEqual([
      "public, max-age=31536000, immutable",
    ]);
  });

  it.each([...routePaths(), "/pagefind/pagefind.js", "/pagefind/pagefind-entry.json"])(
    "has %s revalidated on every visit, so a deploy shows at once",
    (path) => {
      expect(values(path, "Cache-Control")).toEqual([
        "public, max-age=0, must-revalidate",
      ]);
    },
  );
});
