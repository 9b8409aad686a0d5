// Build scale: does the build cost grow linearly with the number of articles?
// For each N, copies the project into a temporary directory (the repository is
// never touched), adds N synthetic guides of about 1,000 words, builds the site
// as `npm run build` does (Astro, then Pagefind), and reports the build time,
// the time per page, and the page weights. Fails when the time per page at the
// largest N is more than 1.5× that at the smallest.
//
//   npm run bench                 N = 100 and 1,000
//   npm run bench -- 50 500       other sizes
//   npm run bench -- --keep       leave the temporary copies for inspection
import { spawnSync } from "node:child_process";
import {
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir, cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BENCH_COPIED } from "./bench-files.mjs";
import { formatTable, weighSite } from "./weigh.mjs";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
/** The most the time per page may grow from the smallest N to the largest. */
const MAX_GROWTH = 1.5;

const args = process.argv.slice(2);
const keep = args.includes("--keep");
const sizes = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
if (sizes.length === 0) sizes.push(100, 1000);

// A small deterministic generator (mulberry32), so every run builds the same text.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Filler vocabulary: plain words, so the text looks like prose to the
// Markdown pipeline and to Pagefind without saying anything.
const WORDS = `task time week client budget contractor brief review invoice schedule
  hour project trial result draft deadline plan note file folder message call
  price rate skill team step list check answer question goal month year work
  clear simple careful quick steady small large early late first next last
  write send read keep share test pay agree start finish track plan ask give
  take make find choose hand over back each every some most many few other
  the a an and or but so if when then because while with without for from to
  of in on at by about after before into through over under between`
  .split(/\s+/)
  .filter(Boolean);

/** About `words` words of filler prose in paragraphs under a few headings. */
function fillerBody(next, words) {
  const pick = () => WORDS[Math.floor(next() * WORDS.length)];
  const sentence = () => {
    const length = 8 + Math.floor(next() * 12);
    const text = Array.from({ length }, pick).join(" ");
    return text[0].toUpperCase() + text.slice(1) + ".";
  };
  const parts = [];
  let written = 0;
  for (let section = 1; written < words; section++) {
    parts.push(`## Part ${section}: ${pick()} and ${pick()}`);
    for (let p = 0; p < 3 && written < words; p++) {
      const sentences = Array.from({ length: 5 }, sentence);
      written += sentences.join(" ").split(" ").length;
      parts.push(sentences.join(" "));
    }
  }
  return parts.join("\n\n");
}

/** Writes N synthetic guides after the real ones on the reading path. */
function writeGuides(dir, n) {
  const guides = join(dir, "src/content/guides");
  mkdirSync(guides, { recursive: true });
  for (let i = 1; i <= n; i++) {
    const id = String(i).padStart(4, "0");
    const next = random(i);
    const frontmatter = [
      "---",
      `title: ${JSON.stringify(`Synthetic guide ${id} for the build benchmark`)}`,
      `description: ${JSON.stringify(`Generated text that exercises the build at scale: guide ${id} of ${n}, about a thousand words long.`)}`,
      `summary: ${JSON.stringify(`Benchmark filler ${id}, made by scripts/bench.mjs and never part of the site.`)}`,
      `order: ${1000 + i}`,
      "updated: 2026-11-22",
      "---",
    ].join("\n");
    writeFileSync(
      join(guides, `bench-${id}.mdx`),
      `${frontmatter}\n\n${fillerBody(next, 1000)}\n`,
    );
  }
}

/** Runs a Node script in `dir`, its output to a log there; returns the seconds it took. */
function run(dir, script, args) {
  const log = join(dir, "bench.log");
  const out = openSync(log, "a");
  const started = performance.now();
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: dir,
    stdio: ["ignore", out, out],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  closeSync(out);
  if (result.status !== 0) {
    const tail = readFileSync(log, "utf8").split("\n").slice(-30).join("\n");
    throw new Error(`${script} ${args.join(" ")} failed:\n${tail}`);
  }
  return (performance.now() - started) / 1000;
}

function countPages(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (entry) =>
      entry.isFile() &&
      entry.name.endsWith(".html") &&
      !entry.parentPath.includes("pagefind"),
  ).length;
}

/** Builds a copy of the project with N synthetic guides and measures it. */
function bench(n) {
  const dir = mkdtempSync(join(tmpdir(), `handoff-bench-${n}-`));
  try {
    for (const name of BENCH_COPIED)
      cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    symlinkSync(
      realpathSync(join(ROOT, "node_modules")),
      join(dir, "node_modules"),
      "dir",
    );
    writeGuides(dir, n);
    // Vite keeps its cache under node_modules, which the copy shares with the
    // real project through the link; the copy keeps its own.
    writeFileSync(
      join(dir, "astro.config.bench.mjs"),
      'import config from "./astro.config.mjs";\n' +
        'export default { ...config, vite: { ...config.vite, cacheDir: ".vite-cache" } };\n',
    );
    const astro = run(dir, join(ROOT, "node_modules/astro/bin/astro.mjs"), [
      "build",
      "--config",
      "astro.config.bench.mjs",
    ]);
    const pagefind = run(dir, join(ROOT, "node_modules/pagefind/lib/runner/bin.cjs"), [
      "--site",
      "dist",
    ]);
    const pages = countPages(join(dir, "dist"));
    const weights = weighSite(join(dir, "dist"));
    return { n, pages, astro, pagefind, total: astro + pagefind, weights, dir };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = (s) => `${s.toFixed(1)} s`.padStart(9);
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

console.log(
  `Build benchmark: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);
const results = [];
for (const n of sizes) {
  process.stdout.write(`building with ${n} synthetic guides… `);
  const result = bench(n);
  results.push(result);
  console.log(`${result.total.toFixed(1)} s${keep ? ` (kept in ${result.dir})` : ""}`);
}

console.log("\nguides   pages      astro  pagefind      total   per page");
for (const r of results) {
  console.log(
    `${String(r.n).padStart(6)} ${String(r.pages).padStart(7)} ${seconds(r.astro)} ${seconds(r.pagefind)} ${seconds(r.total)} ${`${((r.total / r.pages) * 1000).toFixed(1)} ms`.padStart(10)}`,
  );
}

const largest = results.at(-1);
console.log(`\nPage weights with ${largest.n} synthetic guides:`);
const real = largest.weights.filter((row) => !row.page.startsWith("/guide/bench-"));
const synthetic = largest.weights.filter((row) => row.page.startsWith("/guide/bench-"));
const summary = {
  page: `/guide/bench-*/ (median of ${synthetic.length})`,
  html: median(synthetic.map((row) => row.html)),
  css: median(synthetic.map((row) => row.css)),
  js: median(synthetic.map((row) => row.js)),
  total: median(synthetic.map((row) => row.total)),
};
console.log(formatTable([...real, summary]).join("\n"));

if (results.length > 1) {
  const first = results[0];
  const growth = largest.total / largest.pages / (first.total / first.pages);
  const ok = growth <= MAX_GROWTH;
  console.log(
    `\nTime per page at ${largest.n} guides is ${growth.toFixed(2)}× that at ${first.n} (limit ${MAX_GROWTH}×): ${ok ? "linear, OK" : "GROWS FASTER THAN LINEAR"}`,
  );
  const marginal = ((largest.total - first.total) / (largest.pages - first.pages)) * 1000;
  console.log(
    `Each page added between the two costs ${marginal.toFixed(1)} ms of build time.`,
  );
  if (!ok) process.exitCode = 1;
}
