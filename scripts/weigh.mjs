// Weighs every built page as a browser would load it on a first visit: the HTML,
// the CSS and the JavaScript it pulls in (script tags, modulepreloads, island
// component and renderer URLs, and their static imports, transitively), each
// gzipped. Dynamic import() is not followed: that is loaded on use, not on load.
//
//   node scripts/weigh.mjs [dist]      prints the table (npm run weigh)
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Budgets in gzip bytes (DESIGN.md, "Quality bars"). */
export const BUDGETS = {
  articleCss: 4 * 1024,
  articleTotal: 14 * 1024,
  pageJs: 20 * 1024,
  toolPageJsAim: 15 * 1024,
};

const gz = (text) => (text.length === 0 ? 0 : gzipSync(text).length);

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "pagefind" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

const attr = (html, pattern) => [...html.matchAll(pattern)].map((match) => match[1]);

/** Static imports of a built JS module (not dynamic import()). */
function staticImports(code) {
  const found = [];
  const pattern =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** Resolves a URL path from the page to a file in dist, or null for other origins. */
function toFile(dist, pageUrl, ref) {
  const url = new URL(ref, `http://site${pageUrl}`);
  if (url.host !== "site") return null;
  return join(dist, decodeURIComponent(url.pathname));
}

/**
 * What one page weighs, in gzip bytes. css and js include inline styles and scripts.
 * @typedef {{ page: string, html: number, css: number, js: number, externalJs: number, total: number, island: boolean }} PageWeight
 */

/**
 * Weighs one built HTML page.
 * @param {string} dist
 * @param {string} file
 * @returns {PageWeight}
 */
export function weighPage(dist, file) {
  const html = readFileSync(file, "utf8");
  const rel = relative(dist, file).split(sep).join("/");
  const pageUrl = rel.endsWith("index.html")
    ? "/" + rel.slice(0, -"index.html".length)
    : "/" + rel;
  const inlineCss = attr(html, /<style[^>]*>([\s\S]*?)<\/style>/g).join("\n");
  const inlineJs = attr(html, /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)
    .filter((code) => code.trim() !== "" && !code.trim().startsWith("{"))
    .join("\n");
  const cssRefs = attr(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const jsRefs = [
    ...attr(html, /<script[^>]*\bsrc="([^"]+)"/g),
    ...attr(html, /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...attr(html, /\bcomponent-url="([^"]+)"/g),
    ...attr(html, /\brenderer-url="([^"]+)"/g),
    ...attr(html, /\bbefore-hydration-url="([^"]+)"/g),
  ];
  const seen = new Set();
  let externalJs = 0;
  const queue = jsRefs.map((ref) => toFile(dist, pageUrl, ref)).filter(Boolean);
  while (queue.length > 0) {
    const path = queue.pop();
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    const code = readFileSync(path, "utf8");
    externalJs += gz(code);
    for (const ref of staticImports(code)) {
      if (ref.startsWith(".") || ref.startsWith("/"))
        queue.push(resolve(dirname(path), ref.startsWith("/") ? join(dist, ref) : ref));
    }
  }
  const externalCss = cssRefs
    .map((ref) => toFile(dist, pageUrl, ref))
    .filter((path) => path && existsSync(path))
    .reduce((sum, path) => sum + gz(readFileSync(path, "utf8")), 0);
  const htmlBytes = gz(html);
  return {
    page: pageUrl,
    html: htmlBytes,
    css: gz(inlineCss) + externalCss,
    js: gz(inlineJs) + externalJs,
    externalJs,
    total: htmlBytes + externalCss + externalJs,
    island: html.includes("<astro-island"),
  };
}

/**
 * Weighs every HTML page in dist, sorted by path.
 * @returns {PageWeight[]}
 */
export function weighSite(dist = "dist") {
  return htmlFiles(resolve(dist))
    .map((file) => weighPage(resolve(dist), file))
    .sort((a, b) => a.page.localeCompare(b.page));
}

/**
 * Guides without an island are held to the article budgets.
 * @param {PageWeight} row
 */
export const isPlainArticle = (row) => /^\/guide\/[^/]+\/$/.test(row.page) && !row.island;

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);

/**
 * The weights as a table, one line per row (what `npm run weigh` prints).
 * @param {Array<PageWeight | (Omit<PageWeight, "island" | "externalJs"> & { page: string })>} rows
 * @returns {string[]}
 */
export function formatTable(rows) {
  const width = Math.max(...rows.map((row) => row.page.length), 4);
  return [
    `${"page".padEnd(width)}   html    css     js  total  (KB gzip; css/js include inline)`,
    ...rows.map(
      (row) =>
        `${row.page.padEnd(width)} ${kb(row.html)} ${kb(row.css)} ${kb(row.js)} ${kb(row.total)}`,
    ),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(formatTable(weighSite(process.argv[2] ?? "dist")).join("\n"));
}
