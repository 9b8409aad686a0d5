// @ts-check
import { createHash } from "node:crypto";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { minifyThemeScript } from "./src/scripts/theme-script.mjs";
import { pageCsp } from "./scripts/page-csp.mjs";
import { compileHints } from "./scripts/compile-hints.mjs";
import { afterIdle } from "./scripts/after-idle.mjs";
import { ogImages } from "./scripts/og-images.mjs";
import { serviceWorker } from "./scripts/service-worker.mjs";

// The theme script is inlined with is:inline, which Astro does not hash, so we
// hash the same text here and add it to the CSP ourselves.
// The embed pages' script (embed-theme.js) is hashed the same way. Both end
// with the after-idle loader (theme-script.mjs).
/** @param {string} file */
const read = (file) => readFileSync(new URL(file, import.meta.url), "utf8");
/** @param {string} file */
const inlineScriptHash = (file) =>
  /** @type {`sha256-${string}`} */ (
    "sha256-" +
      createHash("sha256")
        .update(minifyThemeScript(read(file), read("./src/scripts/after-idle-loader.js")))
        .digest("base64")
  );
const themeHashes = [
  inlineScriptHash("./src/scripts/theme.js"),
  inlineScriptHash("./src/scripts/embed-theme.js"),
];

import { TOOLS } from "./src/lib/tools/tool-catalogue.ts";

// The islands' code is grouped into a few well-compressed chunks rather than
// thirty small ones (with Astro's default chunking the calculator's page
// loads 21.3 KB of gzip JavaScript instead of 18.0 KB, over its 20 KB budget):
// - runtime: Preact, nanostores and what every tool mounts with (its session,
//   storage, the live region, the coach's note, lazy parts);
// - kit: the number, format, text, link and export code some tools share;
// - one chunk per tool in the registry: its folders and its store files.
// Only code an island imports statically ($initial) is grouped; what a tool
// loads on demand (link codecs, charts, notices) keeps its own chunk. Scripts
// only: a stylesheet in a group would make every island importing it load the
// whole group (the shared tool.css goes with the runtime).
const RUNTIME =
  /node_modules[\/](preact|nanostores|@nanostores|@astrojs[\/]preact)[\/]|[\/]src[\/](lib[\/]storage[\/]|stores[\/](tool-session|storage-engine|locale|embedded)\.|components[\/]ui[\/](Announcer|LazySessionNotices|WhenVisible|use-store|tool|coach-note[\/]CoachNote)\.)/;
const KIT =
  /[\/]src[\/](lib[\/](number|format|text|url|export)|components[\/]ui)[\/](?!pure\.)[^\/]+\.tsx?$/;
// Used by some tools and not others: a chunk of its own, or whichever tool
// claimed it would be loaded whole by the other.
const PURE = /[\/]src[\/]components[\/]ui[\/]pure\.tsx$/;
const TOOL = new RegExp(
  `[\\/]src[\\/].*[\\/](${TOOLS.map((tool) => tool.id).join("|")})(?=[\\/.-])`,
);

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
  integrations: [
    mdx(),
    preact(),
    // Embeds are for other sites' iframes, not for search engines (they are
    // noindex too); the browser tests add them to the sweep themselves.
    // A client's pack (/pack/) is personal and empty without its link: noindex,
    // and out of the sitemap too.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !path.startsWith("/embed/") && path !== "/pack/";
      },
    }),
    {
      // Tool islands hydrate once the page has painted (client:afterpaint).
      name: "handoff:after-paint",
      hooks: {
        "astro:config:setup": ({ addClientDirective }) =>
          addClientDirective({
            name: "afterpaint",
            entrypoint: fileURLToPath(
              new URL("./src/scripts/after-paint-directive.ts", import.meta.url),
            ),
          }),
      },
    },
    // Astro lists every page's inline hashes in every page's CSP; each page keeps its own.
    pageCsp(),
    // /after-idle.js: deploy recovery and the service worker, loaded once idle.
    afterIdle(),
    // A link-preview picture per page, with the tool's question on a tool's.
    ogImages({
      questions: Object.fromEntries(
        TOOLS.flatMap((tool) => [
          [tool.path, tool.question],
          [tool.embedPath, tool.question],
        ]),
      ),
    }),
    // Last: /sw.js precaches what the integrations above wrote.
    serviceWorker(),
  ],
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
        // Scripts may not hand strings to the DOM's code sinks (innerHTML,
        // script URLs, eval): the site builds its DOM from text nodes, and the
        // one script URL it passes (the service worker's) goes through a policy.
        "require-trusted-types-for 'script'",
      ],
      scriptDirective: {
        hashes: themeHashes,
        // Only /search/ runs WebAssembly (Pagefind): it adds 'wasm-unsafe-eval'
        // to its own policy (src/pages/search.astro).
        resources: ["'self'"],
      },
    },
  },
  vite: {
    plugins: [compileHints()],
    build: {
      // Terser squeezes the islands' code a little harder than the default
      // minifier, which the 20 KB page budget needs.
      minify: "terser",
      terserOptions: {
        module: true,
        compress: {
          passes: 3,
          pure_getters: true,
          unsafe_arrows: true,
          unsafe_methods: true,
        },
      },
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: "runtime", test: RUNTIME, tags: ["$initial"], priority: 30 },
              { name: "kit", test: KIT, tags: ["$initial"], priority: 20 },
              { name: "pure", test: PURE, priority: 25 },
              {
                name: (id) => TOOL.exec(id)?.[1] ?? null,
                test: TOOL,
                tags: ["$initial"],
                priority: 10,
              },
            ],
          },
        },
      },
    },
  },
});
