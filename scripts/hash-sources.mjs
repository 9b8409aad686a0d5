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
 * outside the repo on purpose). Every *.txt in it is normalized, cut into every
 * run of RUN_LENGTH consecutive words, and each run is hashed; the sorted,
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
 * Lowercases text and splits it into words, treating every run of characters
 * other than a-z and 0-9 as one separator (so "don't" becomes "don t" on both
 * sides of the comparison, whatever apostrophe either side used).
 * @param {string} text
 * @returns {string[]}
 */
export function normalizeWords(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((word) => word !== "");
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
  const hashes = new Set();
  for (const text of texts) {
    for (const run of wordRuns(normalizeWords(text))) hashes.add(hashRun(run));
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
