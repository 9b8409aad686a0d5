// Astro writes the same list of hashes into every page's CSP <meta>: every
// inline style of every page, every client directive, the dev island script and
// our theme scripts, about 30 in all. Each is 44 characters of base64 that gzip
// cannot shrink, so the list costs every page about 1.1 KB, enough to push the
// scorecard past the first round trip. After the build, each page keeps only
// the hashes of the inline scripts and styles it actually contains.
//
// Astro also leaves out the styles that reach a page through a content entry
// (a tool's stylesheet on its ToolPage.mdx, a component's on an article): it
// hashes the styles it collects for routes, not those an entry brings along,
// and the browser then refuses them. So each page's policy also gets the hash
// of every inline <style> the build wrote into it: the site's own CSS, never
// a reader's text. Inline scripts are never added: those Astro lists are all
// the scripts a page may run.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
/** A hash source with the space before it (a source list always has one). */
const HASH_SOURCE = / '(sha256|sha384|sha512)-[A-Za-z0-9+/]+=*'/g;

/**
 * The CSP hash sources of a page's inline scripts and styles, in each algorithm
 * the policy uses, each with a space before it as in a policy: ` 'sha256-…'`.
 * @param {string} html
 * @param {Iterable<string>} algorithms e.g. "sha256"
 * @returns {Set<string>}
 */
export function inlineHashSources(html, algorithms) {
  const sources = new Set();
  for (const [, , attributes = "", text = ""] of html.matchAll(INLINE)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    for (const algorithm of algorithms)
      sources.add(
        ` '${algorithm}-${createHash(algorithm).update(text).digest("base64")}'`,
      );
  }
  return sources;
}

/**
 * The page with its CSP <meta> holding only the hash sources of inline code the
 * page contains; every other source and directive is left as it was. A page
 * without a CSP <meta> is returned unchanged.
 * @param {string} html
 * @returns {string}
 */
export function trimCspHashes(html) {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const [whole, open = "", policy = "", close = ""] = meta;
  const algorithms = new Set([...policy.matchAll(HASH_SOURCE)].map((m) => m[1] ?? ""));
  const present = inlineHashSources(html, algorithms);
  const trimmed = policy.replace(HASH_SOURCE, (source) =>
    present.has(source) ? source : "",
  );
  // A function, so a `$` in the policy is never read as a replacement pattern.
  return html.replace(whole, () => open + trimmed + close);
}

/**
 * The page with the hash of each of its inline <style> elements in the
 * style-src directive of its CSP <meta>, where missing. A page without a CSP
 * <meta> or without a style-src directive is returned unchanged.
 * @param {string} html
 * @returns {string}
 */
export function addInlineStyleHashes(html) {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const [whole, open = "", policy = "", close = ""] = meta;
  const directives = policy.split(";");
  const at = directives.findIndex((directive) => /^\s*style-src\s/.test(directive));
  if (at < 0) return html;
  const styles = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, "");
  let directive = directives[at] ?? "";
  for (const source of inlineHashSources(styles, ["sha256"]))
    if (!directive.includes(source.trim())) directive += source;
  directives[at] = directive;
  return html.replace(whole, () => open + directives.join(";") + close);
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/**
 * The Astro integration: trims every built page's CSP once the build is done.
 * @returns {import("astro").AstroIntegration}
 */
export function pageCsp() {
  return {
    name: "handoff:page-csp",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        let removed = 0;
        for (const file of files) {
          const html = readFileSync(file, "utf8");
          const trimmed = addInlineStyleHashes(trimCspHashes(html));
          if (trimmed === html) continue;
          removed +=
            (html.match(HASH_SOURCE)?.length ?? 0) -
            (trimmed.match(HASH_SOURCE)?.length ?? 0);
          writeFileSync(file, trimmed);
        }
        logger.info(`${removed} unused CSP hashes removed from ${files.length} pages`);
      },
    },
  };
}
