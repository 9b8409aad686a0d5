// The inline theme script ships minified. BaseLayout minifies the source it
// imports (theme.js?raw) and astro.config.mjs minifies the same file to hash it
// into the CSP; both go through this one function, so they always agree.
import { transformSync } from "esbuild";

/**
 * Minifies the theme script's source.
 * @param {string} source
 */
export function minifyThemeScript(source) {
  return transformSync(source, { minify: true, target: "es2017" }).code.trim();
}
