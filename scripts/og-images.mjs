// Link previews: after the build, one 1200 × 630 PNG per page (its title, the
// site's name, and for a tool its question), drawn with satori from a font
// shipped in an npm package and rasterised with resvg. Nothing is fetched, at
// build time or when a preview is shown. PageHead points og:image at it
// (src/lib/og/og-image-path.ts says where).
import { Resvg } from "@resvg/resvg-js";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import satori from "satori";
import { ogImagePath } from "../src/lib/og/og-image-path.ts";

const require = createRequire(import.meta.url);
const font = (weight) =>
  readFileSync(
    require.resolve(
      `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`,
    ),
  );

/** The site's light colours (src/styles/global.css). */
const COLOURS = { bg: "#fbfaf7", text: "#1c1d1f", muted: "#52555a", accent: "#0c6555" };

/** @param {string} text */
const decodeEntities = (text) =>
  text
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * The picture's layout as satori's element tree.
 * @param {{ title: string, line?: string }} page
 */
function layout({ title, line }) {
  const box = (style, children) => ({ type: "div", props: { style, children } });
  return box(
    {
      width: 1200,
      height: 630,
      display: "flex",
      flexDirection: "column",
      background: COLOURS.bg,
      fontFamily: "Atkinson Hyperlegible",
      color: COLOURS.text,
    },
    [
      box({ height: 24, background: COLOURS.accent }, []),
      box(
        {
          flexGrow: 1,
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "56px 72px",
        },
        [
          box({ fontSize: 40, fontWeight: 700, color: COLOURS.accent }, "Handoff"),
          box({ display: "flex", flexDirection: "column", width: 1056 }, [
            box(
              { fontSize: title.length > 40 ? 64 : 76, fontWeight: 700, lineHeight: 1.1 },
              title,
            ),
            ...(line
              ? [box({ fontSize: 40, marginTop: 24, color: COLOURS.muted }, line)]
              : []),
          ]),
          box(
            { fontSize: 28, color: COLOURS.muted },
            "Handing work to contractors, for small businesses and freelancers",
          ),
        ],
      ),
    ],
  );
}

/**
 * One page's preview picture as PNG.
 * @param {{ title: string, line?: string }} page
 * @returns {Promise<Buffer>}
 */
export async function ogImage(page) {
  const svg = await satori(layout(page), {
    width: 1200,
    height: 630,
    fonts: [
      { name: "Atkinson Hyperlegible", data: font(400), weight: 400, style: "normal" },
      { name: "Atkinson Hyperlegible", data: font(700), weight: 700, style: "normal" },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: "original" } }).render().asPng();
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "pagefind" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/**
 * The Astro integration: a picture for every built page.
 * @param {{ questions: Record<string, string> }} options each tool page's path and its question
 * @returns {import("astro").AstroIntegration}
 */
export function ogImages({ questions }) {
  return {
    name: "handoff:og-images",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let largest = 0;
        const files = htmlFiles(root);
        for (const file of files) {
          const html = readFileSync(file, "utf8");
          const title = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
          if (!title) continue;
          const rel = "/" + relative(root, file).split(sep).join("/");
          const pagePath = rel.endsWith("/index.html")
            ? rel.slice(0, -"index.html".length)
            : rel;
          const png = await ogImage({
            title: decodeEntities(title),
            line: questions[pagePath],
          });
          const out = join(root, ogImagePath(pagePath));
          mkdirSync(dirname(out), { recursive: true });
          writeFileSync(out, png);
          largest = Math.max(largest, png.length);
        }
        logger.info(
          `${files.length} preview pictures, the largest ${Math.round(largest / 1024)} KB`,
        );
      },
    },
  };
}
