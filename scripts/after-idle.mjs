// Builds /after-idle.js (src/scripts/after-idle/after-idle.ts), the script
// every page loads once it is idle. It is built apart from the site's bundle
// so that its name never changes: a page left open across a deploy refers to
// it by that name, and it must still be there.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

/** Where the script is built from. */
export const AFTER_IDLE_ENTRY = fileURLToPath(
  new URL("../src/scripts/after-idle/after-idle.ts", import.meta.url),
);

/**
 * Writes the after-idle script to `outfile`, minified.
 * @param {string} outfile
 */
export async function buildAfterIdle(outfile) {
  await build({
    entryPoints: [AFTER_IDLE_ENTRY],
    outfile,
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    logLevel: "warning",
  });
}

/**
 * The Astro integration: builds the script into the site once the pages are built.
 * @returns {import("astro").AstroIntegration}
 */
export function afterIdle() {
  return {
    name: "handoff:after-idle",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        await buildAfterIdle(fileURLToPath(new URL("after-idle.js", dir)));
      },
    },
  };
}
