// The inline theme script ships minified. BaseLayout minifies the source it
// imports (theme.js?raw) and astro.config.mjs minifies the same file to hash it
// into the CSP; both go through this one function, so they always agree. Both
// theme scripts (the site's and the embeds') end with the after-idle loader
// (after-idle-loader.js), which each caller reads the way it reads the theme.
import { transformSync } from "esbuild";

/**
 * Minifies the theme script's source, with the after-idle loader after it.
 * @param {string} source the theme script
 * @param {string} loader after-idle-loader.js
 */
export function minifyThemeScript(source, loader) {
  return transformSync(`${source}\n${loader}`, {
    minify: true,
    target: "es2017",
  }).code.trim();
}
