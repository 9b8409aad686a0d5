#!/usr/bin/env node
/**
 * Fingerprints the source articles so tests can catch copied text without the
 * repo carrying the articles themselves.
 *
 * Usage (from the repo root):
 *
 *   node scripts/hash-sources.mjs [sources-dir]
 *
 * sources-dir defaults to ../shared/sources next to the repo (the articles live
 * outside the repo on purpose). Every *.txt in it is normalized (lowercased,
 * contractions expanded), cut into every run of RUN_LENGTH consecutive words
 * except those of the articles' own titles, and each run is hashed; the sorted,
 * de-duplicated hashes are written to tests/fixtures/source-runs.json, which
 * tests/unit/no-copying.test.ts reads. Re-run it whenever the sources change.
 *
 * The test imports the functions below, so the fixture and the check can never
 * drift apart in how they cut and hash text.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** How many consecutive words make a run; matches shared/tools/copycheck.py. */
export const RUN_LENGTH = 8;

/**
 * The source articles' titles. The site quotes them where it credits the
 * articles (the Sources page, each guide's "Drawn from" line), so their runs are
 * left out of the fingerprints, as copycheck.py leaves them out.
 * src/lib/content/source-articles.ts must list the same titles (a unit test checks).
 */
export const SOURCE_TITLES = [
  "7 Common Mistakes to Avoid When Outsourcing Your Work",
  "5 Mistakes to Avoid When Outsourcing Work",
  "The 5 most common outsourcing mistakes",
  "Common Outsourcing Mistakes",
  "Outsourcing, 3 Deadly Mistakes and What To Do Instead When You Outsource",
];

/**
 * Contractions and their full forms, applied in this order (the specific ones
 * before the general n't), as shared/tools/copycheck.py does: "you're paying"
 * and "you are paying" are the same words.
 * @type {ReadonlyArray<readonly [RegExp, string]>}
 */
const CONTRACTIONS = [
  [/\bcan't\b/g, "cannot"],
  [/\bwon't\b/g, "will not"],
  [/n't\b/g, " not"],
  [/'re\b/g, " are"],
  [/'ve\b/g, " have"],
  [/'ll\b/g, " will"],
  [/'d\b/g, " would"],
  [/\b(it|that|there|what|here|he|she|who)'s\b/g, "$1 is"],
  [/\bi'm\b/g, "i am"],
  [/\blet's\b/g, "let us"],
];

/**
 * Lowercases text, expands contractions and splits it into words the way
 * shared/tools/copycheck.py does: a word is a run of a-z, 0-9 and straight
 * apostrophes (curly ones are straightened first), so "don't" becomes "do not"
 * and "owner's" stays one word on both sides of the comparison.
 * @param {string} text
 * @returns {string[]}
 */
export function normalizeWords(text) {
  let lower = text.replace(/[\u2018\u2019]/g, "'").toLowerCase();
  for (const [pattern, full] of CONTRACTIONS) lower = lower.replace(pattern, full);
  return lower.match(/[a-z0-9']+/g) ?? [];
}

/**
 * Every run of `length` consecutive words, joined by single spaces, in order.
 * @param {string[]} words
 * @param {number} [length]
 * @returns {string[]}
 */
export function wordRuns(words, length = RUN_LENGTH) {
  const runs = [];
  for (let i = 0; i + length <= words.length; i++) {
    runs.push(words.slice(i, i + length).join(" "));
  }
  return runs;
}

/**
 * The fingerprint of one run: the first 16 hex characters of its sha256.
 * @param {string} run
 * @returns {string}
 */
export function hashRun(run) {
  return createHash("sha256").update(run).digest("hex").slice(0, 16);
}

/**
 * Sorted, de-duplicated fingerprints of every run in the given texts.
 * @param {string[]} texts
 * @returns {string[]}
 */
export function fingerprint(texts) {
  const credited = new Set(
    SOURCE_TITLES.flatMap((title) => wordRuns(normalizeWords(title))),
  );
  const hashes = new Set();
  for (const text of texts) {
    for (const run of wordRuns(normalizeWords(text))) {
      if (!credited.has(run)) hashes.add(hashRun(run));
    }
  }
  return [...hashes].sort();
}

function main() {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const sourcesDir = resolve(
    process.argv[2] ?? join(repoRoot, "..", "shared", "sources"),
  );
  const names = readdirSync(sourcesDir)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  if (names.length === 0) {
    console.error(`No .txt files in ${sourcesDir}`);
    process.exit(1);
  }
  const texts = names.map((name) => readFileSync(join(sourcesDir, name), "utf8"));
  const hashes = fingerprint(texts);
  const out = join(repoRoot, "tests", "fixtures", "source-runs.json");
  writeFileSync(out, JSON.stringify(hashes) + "\n");
  console.log(`${hashes.length} runs from ${names.length} files written to ${out}`);
}

// Run only when invoked directly, not when the test imports the functions.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
