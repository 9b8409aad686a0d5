// Reads a `_headers` file (the Netlify / Cloudflare Pages format) and tells
// which headers a path gets, so the local server and the tests apply exactly
// what a static host would.

/**
 * @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule
 */

/**
 * Parses `_headers`: a path pattern at the start of a line, then indented
 * `Name: value` lines. `#` starts a comment line.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (!rule || colon === -1)
      throw new Error(`_headers: unexpected line "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Whether a rule's pattern matches a URL path: exact, or with `*` standing for
 * any run of characters (a splat).
 * @param {string} pattern
 * @param {string} path
 */
export function patternMatches(pattern, path) {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${source.join(".*")}$`).test(path);
}

/**
 * The headers a path gets: those of every matching rule, in file order.
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {[string, string][]}
 */
export function headersFor(rules, path) {
  return rules
    .filter((rule) => patternMatches(rule.pattern, path))
    .flatMap((rule) => rule.headers);
}
