// Offline use: after the build, Workbox writes /sw.js, a service worker that
// precaches every page but the embeds and the 404 page, every script of the
// build and the icons, so each tool and guide opened once works without a
// connection. Pagefind's index stays on the network (the search page says so
// when it cannot reach it). Also writes the app icons the manifest lists.
//
// Updates: each build gives changed files new revisions, so the next visit
// after a deploy installs a new worker, which takes over at once (skipWaiting,
// clientsClaim) and drops what the old build precached. A page still open from
// the old build then finds its on-demand scripts gone, and the deploy
// recovery (/after-idle.js) reloads it into the new build: old pages never get
// new scripts, nor new pages old ones.
import { Resvg } from "@resvg/resvg-js";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSW } from "workbox-build";

/** The icons the manifest lists: [file, size, padded for a mask]. */
export const ICONS = /** @type {const} */ ([
  ["icons/icon-192.png", 192, false],
  ["icons/icon-512.png", 512, false],
  ["icons/maskable-512.png", 512, true],
]);

/**
 * Draws the app icons from the site's favicon.svg into `root/icons/`. A
 * maskable icon keeps its mark within the middle 80 %, which any mask shape
 * leaves visible, on the favicon's own colour.
 * @param {string} root
 */
export function writeIcons(root) {
  const favicon = readFileSync(join(root, "favicon.svg"), "utf8").trim();
  mkdirSync(join(root, "icons"), { recursive: true });
  for (const [file, size, maskable] of ICONS) {
    const svg = maskable
      ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#0c6555"/><svg x="4" y="4" width="32" height="32" viewBox="0 0 32 32">${favicon.replace(/^<svg[^>]*>|<\/svg>$/g, "")}</svg></svg>`
      : favicon;
    const png = new Resvg(svg, { fitTo: { mode: "width", value: size } })
      .render()
      .asPng();
    writeFileSync(join(root, file), png);
  }
}

/**
 * Writes `root/sw.js` for the built site in `root`.
 * @param {string} root
 * @returns {Promise<{ count: number, size: number }>} files precached and their bytes
 */
export async function buildServiceWorker(root) {
  const { count, size, warnings } = await generateSW({
    globDirectory: root,
    globPatterns: ["**/*.{html,js,svg,png,webmanifest}"],
    globIgnores: ["embed/**", "404.html", "og/**", "pagefind/**", "sw.js"],
    swDest: join(root, "sw.js"),
    // Tool links carry their state in the query; the page is the same page.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: "index.html",
    // Hashed names change with their content: no need for a revision.
    dontCacheBustURLsMatching: /^_astro\//,
    cleanupOutdatedCaches: true,
    skipWaiting: true,
    clientsClaim: true,
    // One file, nothing else to fetch or to keep in step with the build.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
  });
  if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join("; ")}`);
  return { count, size };
}

/**
 * The Astro integration: icons, then the worker, once everything else is built
 * (it must come after the integrations that write files it precaches).
 * @returns {import("astro").AstroIntegration}
 */
export function serviceWorker() {
  return {
    name: "handoff:service-worker",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        writeIcons(root);
        const { count, size } = await buildServiceWorker(root);
        logger.info(`sw.js precaches ${count} files (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
