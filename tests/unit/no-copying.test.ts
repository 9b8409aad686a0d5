import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  hashRun,
  normalizeWords,
  SOURCE_TITLES,
  wordRuns,
} from "../../scripts/hash-sources.mjs";
import { SOURCE_ARTICLES } from "~/lib/content/source-articles";

// Fingerprints of every 8-word run in the source articles, made by
// scripts/hash-sources.mjs. The articles themselves stay out of the repo.
const fixturePath = fileURLToPath(
  new URL("../fixtures/source-runs.json", import.meta.url),
);
const sourceRuns = new Set<string>(
  JSON.parse(readFileSync(fixturePath, "utf8")) as string[],
);

const contentDirs = [
  { label: "src/content/guides/", ext: ".mdx" },
  { label: "src/content/mistakes/", ext: ".yaml" },
  { label: "src/content/checklists/", ext: ".yaml" },
];

/** Every content file we write; the whole file is checked, frontmatter included. */
const contentFiles = contentDirs.flatMap(({ label, ext }) => {
  const dir = new URL(`../../${label}`, import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => ({ name: label + name, path: fileURLToPath(new URL(name, dir)) }));
});

/** The 8-word runs of `text` whose fingerprints appear in the sources. */
function copiedRuns(text: string): string[] {
  return [...new Set(wordRuns(normalizeWords(text)))].filter((run) =>
    sourceRuns.has(hashRun(run)),
  );
}

/** The same run with its words reversed, so this file does not contain it. */
const backwards = (...words: string[]) => [...words].reverse().join(" ");

// A run we know is in a source article (the delegate-or-not rule). Its words are
// stored backwards so this file does not itself contain the run.
const knownRun = ["2", "task", "the", "done", "has", "contractor", "your", "after"]
  .reverse()
  .join(" ");

describe("source-runs fixture", () => {
  it("holds thousands of distinct 16-hex-digit fingerprints in sorted order", () => {
    const list = JSON.parse(readFileSync(fixturePath, "utf8")) as string[];
    expect(list.length).toBeGreaterThan(1000);
    expect(new Set(list).size).toBe(list.length);
    expect(list.every((hash) => /^[0-9a-f]{16}$/.test(hash))).toBe(true);
    expect([...list].sort()).toEqual(list);
  });

  it("contains the fingerprint of a run known to be in the sources", () => {
    expect(hashRun(knownRun)).toBe("f088619ade0f866b");
    expect(sourceRuns.has("f088619ade0f866b")).toBe(true);
  });

  it("catches a source sentence pasted into fresh text, whatever its case and punctuation", () => {
    const pasted = `Our own words first. ${knownRun.toUpperCase().replace(/ /g, ",  ")} times; then more of ours.`;
    expect(copiedRuns(pasted)).toContain(knownRun);
  });

  it("expands contractions first, so “you're” counts as “you are”", () => {
    // A source sentence as the site once paraphrased it, with a contraction the
    // source spells out; both sides compare as "you are".
    const contracted = backwards(
      "for",
      "and",
      "when",
      "and",
      "them",
      "paying",
      "you're",
      "much",
      "how",
    );
    expect(normalizeWords("You’re can't won't it's")).toEqual([
      "you",
      "are",
      "cannot",
      "will",
      "not",
      "it",
      "is",
    ]);
    expect(copiedRuns(contracted).length).toBeGreaterThan(0);
  });

  it("leaves out the runs of the source titles, which the site quotes to credit them", () => {
    expect([...SOURCE_TITLES]).toEqual(SOURCE_ARTICLES.map((article) => article.title));
    const credited = SOURCE_TITLES.map((title) => `We drew on “${title}”.`).join(" ");
    expect(copiedRuns(credited)).toEqual([]);
  });

  it("lets a fresh sentence through", () => {
    expect(
      copiedRuns(
        "Write the brief before you post the job, then pay the trial fee in full.",
      ),
    ).toEqual([]);
  });
});

describe("guides, mistakes and checklists", () => {
  it("are all found, so the check below is not vacuous", () => {
    expect(
      contentFiles.filter((f) => f.path.endsWith(".mdx")).length,
    ).toBeGreaterThanOrEqual(11);
    expect(contentFiles.some((f) => f.name.startsWith("src/content/checklists/"))).toBe(
      true,
    );
    expect(contentFiles.filter((f) => f.path.endsWith(".yaml")).length).toBeGreaterThan(
      10,
    );
  });

  it("share no run of 8 words with the source articles", () => {
    const offences = contentFiles.flatMap(({ name, path }) =>
      copiedRuns(readFileSync(path, "utf8")).map((run) => `${name}: "${run}"`),
    );
    expect(offences, offences.join("\n")).toEqual([]);
  });
});
