// @ts-check
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";

// The theme script is inlined with is:inline, which Astro does not hash, so we
// hash the same file here and add it to the CSP ourselves.
const themeScript = readFileSync(
  new URL("./src/scripts/theme.js", import.meta.url),
  "utf8",
);
const themeHash = "sha256-" + createHash("sha256").update(themeScript).digest("base64");

export default defineConfig({
  site: process.env.SITE_URL ?? "https://handoff.example",
  trailingSlash: "always",
  output: "static",
  build: {
    format: "directory",
    // One request per page: the CSS is small and every first visit comes from search.
    inlineStylesheets: "always",
  },
  markdown: {
    syntaxHighlight: "prism",
  },
  integrations: [mdx(), preact(), sitemap()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        hashes: [/** @type {`sha256-${string}`} */ (themeHash)],
        // Pagefind's search index is WebAssembly.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
  vite: {
    build: {
      // Keep islands' shared chunks few and the weigh script's job simple.
      assetsInlineLimit: 0,
    },
  },
});
