// Vercel reads neither `_headers` nor `_redirects`: it takes both from
// vercel.json. This makes that file from the two, so the hosts serve the same
// rules; tests/unit/headers/vercel-config.test.ts fails when vercel.json falls
// behind them. After changing public/_headers or public/_redirects, run
//
//   node scripts/vercel-config.mjs      (writes vercel.json)
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHeaders } from "./headers.mjs";
import { parseRedirects } from "./redirects.mjs";

/**
 * A `_headers` pattern in Vercel's syntax (path-to-regexp): the splat `*`
 * becomes a group that matches anything, as in Vercel's own examples.
 * @param {string} pattern
 */
const headerSource = (pattern) => pattern.replace(/\*$/, "(.*)");

/**
 * A `_redirects` path in Vercel's syntax: the splat becomes a named
 * parameter of any number of segments, which the destination repeats.
 * @param {string} path
 */
const redirectSource = (path) => path.replace(/\*$/, ":splat*");

/**
 * The vercel.json object for the given `_headers` and `_redirects` texts.
 * @param {string} headersText
 * @param {string} redirectsText
 */
export function vercelConfig(headersText, redirectsText) {
  return {
    buildCommand: "npm run build",
    outputDirectory: "dist",
    trailingSlash: true,
    headers: parseHeaders(headersText).map((rule) => ({
      source: headerSource(rule.pattern),
      headers: rule.headers.map(([key, value]) => ({ key, value })),
    })),
    redirects: parseRedirects(redirectsText).map((rule) => ({
      source: redirectSource(rule.from),
      destination: rule.to.replace(":splat", ":splat*"),
      statusCode: rule.status,
    })),
  };
}

/** vercel.json's text for the project's public/_headers and public/_redirects. */
export function vercelJson(root = ".") {
  const read = (file) => readFileSync(resolve(root, file), "utf8");
  return (
    JSON.stringify(
      vercelConfig(read("public/_headers"), read("public/_redirects")),
      null,
      2,
    ) + "\n"
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  writeFileSync("vercel.json", vercelJson());
  console.log("vercel.json written from public/_headers and public/_redirects");
}
