// Reads a `_redirects` file (the Netlify / Cloudflare Pages format) and tells
// where a path is sent, so the local server, vercel.json and the tests follow
// exactly the rules a static host would.

/**
 * @typedef {{ from: string, to: string, status: number }} RedirectRule
 */

/**
 * Parses `_redirects`: one rule a line, `from to [status]`, `#` starts a
 * comment. `from` may end in `*` (a splat), which `:splat` in `to` repeats.
 * Only the permanent and temporary redirect codes are accepted: the site has
 * no rewrites or proxies, and a typo should fail the build's tests, not a
 * reader's visit.
 * @param {string} text
 * @returns {RedirectRule[]}
 */
export function parseRedirects(text) {
  /** @type {RedirectRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const [from = "", to = "", code = "301", ...rest] = trimmed.split(/\s+/);
    const status = Number(code);
    if (
      rest.length > 0 ||
      !from.startsWith("/") ||
      !to.startsWith("/") ||
      ![301, 302, 307, 308].includes(status) ||
      (from.includes("*") && !from.endsWith("*"))
    )
      throw new Error(`_redirects: cannot read "${trimmed}"`);
    rules.push({ from, to, status });
  }
  return rules;
}

/**
 * Where the first matching rule sends a path, or null when none matches.
 * @param {RedirectRule[]} rules
 * @param {string} path
 * @returns {{ location: string, status: number } | null}
 */
export function redirectFor(rules, path) {
  for (const rule of rules) {
    if (rule.from.endsWith("*")) {
      const prefix = rule.from.slice(0, -1);
      if (path.startsWith(prefix))
        return {
          location: rule.to.replace(":splat", path.slice(prefix.length)),
          status: rule.status,
        };
    } else if (rule.from === path) {
      return { location: rule.to, status: rule.status };
    }
  }
  return null;
}
