// Vercel takes its headers and redirects from vercel.json, not from _headers
// and _redirects: the file must say the same as they do.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { vercelConfig, vercelJson } from "../../../scripts/vercel-config.mjs";

describe("vercel.json", () => {
  it("holds exactly the rules of public/_headers and public/_redirects (node scripts/vercel-config.mjs)", () => {
    expect(JSON.parse(readFileSync("vercel.json", "utf8"))).toEqual(
      JSON.parse(vercelJson()),
    );
  });

  it("turns splats into Vercel's patterns", () => {
    const config = vercelConfig(
      "/_astro/*\n  Cache-Control: immutable\n",
      "/guides/* /guide/:splat 301\n",
    );
    expect(config.headers).toEqual([
      { source: "/_astro/(.*)", headers: [{ key: "Cache-Control", value: "immutable" }] },
    ]);
    expect(config.redirects).toEqual([
      { source: "/guides/:splat*", destination: "/guide/:splat*", statusCode: 301 },
    ]);
  });
});
