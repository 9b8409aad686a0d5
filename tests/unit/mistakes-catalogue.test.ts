import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// The build's zod schemas check each file's shape; this checks what they cannot:
// that the catalogue covers every source point and that its cross-references
// (guide, anchor, the guides' `mistakes` lists) all land somewhere real.

const guidesDir = new URL("../../src/content/guides/", import.meta.url);
const mistakesDir = new URL("../../src/content/mistakes/", import.meta.url);

/** S1.1 … S5.4 as catalogued in shared/sources/README.md (points per source). */
const pointsPerSource = [7, 5, 5, 9, 4];
const allPoints = pointsPerSource.flatMap((count, s) =>
  Array.from({ length: count }, (_, p) => `S${s + 1}.${p + 1}`),
);

interface Mistake {
  id: string;
  stage: string;
  order: number;
  guide: string;
  anchor: string;
  sources: string[];
}

interface Guide {
  id: string;
  mistakes: string[];
  headingIds: string[];
}

function idOf(file: string): string {
  return file.replace(/\.[a-z]+$/, "");
}

const mistakes: Mistake[] = readdirSync(mistakesDir)
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => ({
    id: idOf(file),
    ...(parse(readFileSync(new URL(file, mistakesDir), "utf8")) as Omit<Mistake, "id">),
  }));

/**
 * github-slugger's rule as Astro applies it to headings: lowercase, drop
 * everything but letters, digits, spaces and hyphens, each space becomes a
 * hyphen, and a repeated slug gets -1, -2, … appended.
 */
function headingIds(markdown: string): string[] {
  const seen = new Map<string, number>();
  let inFence = false;
  const ids: string[] = [];
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^#{2,3} (.+?)\s*$/.exec(line);
    if (!heading?.[1]) continue;
    const base = heading[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N} -]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.push(count === 0 ? base : `${base}-${count}`);
  }
  return ids;
}

const guides: Guide[] = readdirSync(guidesDir)
  .filter((file) => file.endsWith(".mdx"))
  .map((file) => {
    const text = readFileSync(new URL(file, guidesDir), "utf8");
    const [, frontmatter = "", body = ""] =
      /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const data = parse(frontmatter) as { mistakes?: string[] } | null;
    return {
      id: idOf(file),
      mistakes: data?.mistakes ?? [],
      headingIds: headingIds(body),
    };
  });

const guideById = new Map(guides.map((guide) => [guide.id, guide]));

describe("headingIds", () => {
  it("slugs headings the way anchors are generated, punctuation dropped", () => {
    expect(headingIds("## Judge results, not hours\n### One-off or repeated?\n")).toEqual(
      ["judge-results-not-hours", "one-off-or-repeated"],
    );
  });

  it("numbers repeated headings and skips fenced code and other levels", () => {
    expect(
      headingIds("## Checklist\n```\n## Not a heading\n```\n# Title\n## Checklist\n"),
    ).toEqual(["checklist", "checklist-1"]);
  });
});

describe("mistakes catalogue", () => {
  it("has between 18 and 24 entries and at least one guide to point at", () => {
    expect(mistakes.length).toBeGreaterThanOrEqual(18);
    expect(mistakes.length).toBeLessThanOrEqual(24);
    expect(guides.length).toBeGreaterThanOrEqual(11);
  });

  it("cites every one of the 30 source points at least once", () => {
    expect(allPoints).toHaveLength(30);
    const cited = new Set(mistakes.flatMap((m) => m.sources));
    expect(allPoints.filter((point) => !cited.has(point))).toEqual([]);
  });

  it("cites only points that exist", () => {
    const unknown = mistakes.flatMap((m) =>
      m.sources.filter((point) => !allPoints.includes(point)).map((p) => `${m.id}: ${p}`),
    );
    expect(unknown).toEqual([]);
  });

  it("points every mistake at an existing guide", () => {
    const orphans = mistakes.filter((m) => !guideById.has(m.guide)).map((m) => m.id);
    expect(orphans).toEqual([]);
  });

  it("anchors every mistake at a heading of its guide", () => {
    const broken = mistakes
      .filter((m) => !guideById.get(m.guide)?.headingIds.includes(m.anchor))
      .map((m) => `${m.id}: ${m.guide}#${m.anchor}`);
    expect(broken).toEqual([]);
  });

  it("numbers the mistakes of each stage 1, 2, 3 … without gaps or repeats", () => {
    const stages = new Map<string, number[]>();
    for (const m of mistakes)
      stages.set(m.stage, [...(stages.get(m.stage) ?? []), m.order]);
    for (const [stage, orders] of stages) {
      const sorted = [...orders].sort((a, b) => a - b);
      expect(sorted, stage).toEqual(sorted.map((_, i) => i + 1));
    }
  });
});

describe("guide frontmatter", () => {
  it("lists every mistake that points to each guide", () => {
    for (const guide of guides) {
      const pointing = mistakes.filter((m) => m.guide === guide.id).map((m) => m.id);
      expect(guide.mistakes, guide.id).toEqual(expect.arrayContaining(pointing));
    }
  });

  it("lists only mistakes that exist, each once", () => {
    const ids = new Set(mistakes.map((m) => m.id));
    for (const guide of guides) {
      expect(
        guide.mistakes.filter((id) => !ids.has(id)),
        guide.id,
      ).toEqual([]);
      expect(new Set(guide.mistakes).size, guide.id).toBe(guide.mistakes.length);
    }
  });

  it("gives every guide at least one mistake it helps avoid, so each shows the box", () => {
    expect(
      guides.filter((guide) => guide.mistakes.length === 0).map((g) => g.id),
    ).toEqual([]);
  });
});
