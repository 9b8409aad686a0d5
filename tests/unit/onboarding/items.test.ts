import { describe, expect, it } from "vitest";
import { GUIDE_SECTIONS } from "~/lib/onboarding/guide-sections";
import { ITEMS, PHASES, type CatalogueItem } from "~/lib/onboarding/items";
import { RULES } from "~/lib/onboarding/rules";

const catalogue: readonly CatalogueItem[] = ITEMS;

// The source points the issue lists for this tool (S2.1-S2.3 and S4.7-S4.9 as ranges).
const ALLOWED_SOURCES = [
  "S1.4",
  "S1.5",
  "S1.6",
  "S2.1",
  "S2.2",
  "S2.3",
  "S2.5",
  "S3.3",
  "S3.4",
  "S4.4",
  "S4.5",
  "S4.7",
  "S4.8",
  "S4.9",
  "S5.2",
  "S5.3",
];

describe("PHASES", () => {
  it("lists the seven phases from before hiring to wrapping up", () => {
    expect(PHASES.map((p) => p.id)).toEqual([
      "before-hire",
      "prepare",
      "kick-off",
      "trial",
      "first-weeks",
      "ongoing",
      "wrap-up",
    ]);
  });
});

describe("ITEMS", () => {
  it("holds between 35 and 50 items", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(35);
    expect(catalogue.length).toBeLessThanOrEqual(50);
  });

  it("has unique kebab-case ids that cannot clash with numbered check-ins", () => {
    const ids = catalogue.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z]+(-[a-z]+)*$/.test(id))).toEqual([]);
  });

  it("is grouped by phase in phase order, each phase having items", () => {
    const order = catalogue.map((item) => PHASES.findIndex((p) => p.id === item.phase));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(PHASES.length);
  });

  it("dates before-start phases before the start and later phases on or after it", () => {
    for (const item of catalogue) {
      if (typeof item.dueOffset !== "number") continue;
      if (item.phase === "before-hire" || item.phase === "prepare") {
        expect(item.dueOffset, item.id).toBeLessThan(0);
      } else {
        expect(item.dueOffset, item.id).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("uses the check-in number placeholder exactly in repeating items", () => {
    for (const item of catalogue) {
      const repeats = item.dueOffset === "each-check-in";
      expect(item.text.includes("{n}"), item.id).toBe(repeats);
    }
  });

  it("writes each step as an instruction without a full stop, and each reason as a sentence", () => {
    for (const item of catalogue) {
      const wordings = [item, ...Object.values(item.variants ?? {})];
      for (const w of wordings) {
        expect(w.text, item.id).toMatch(/^[A-Z].*[^.]$/);
        if (w.why !== undefined) expect(w.why, item.id).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it("links every item to a guide section and uses every section", () => {
    const used = new Set(catalogue.map((item) => item.guide));
    expect(
      catalogue.every((item) =>
        (GUIDE_SECTIONS as readonly string[]).includes(item.guide),
      ),
    ).toBe(true);
    expect(GUIDE_SECTIONS.filter((section) => !used.has(section))).toEqual([]);
  });

  it("cites only the listed source points, and each of them at least once", () => {
    const cited = catalogue.flatMap((item) => item.sources);
    expect(cited.filter((s) => !ALLOWED_SOURCES.includes(s))).toEqual([]);
    expect(
      ALLOWED_SOURCES.filter((s) => !cited.includes(s as (typeof cited)[number])),
    ).toEqual([]);
  });

  it("has no item that no rule includes, and no variant that no rule picks", () => {
    const included = new Set(RULES.flatMap((rule) => rule.include));
    expect(
      catalogue.filter((item) => !included.has(item.id as never)).map((i) => i.id),
    ).toEqual([]);
    const picked = new Set(
      RULES.flatMap((rule) =>
        Object.entries(rule.reword ?? {}).map(([id, v]) => `${id}.${v}`),
      ),
    );
    const variants = catalogue.flatMap((item) =>
      Object.keys(item.variants ?? {}).map((v) => `${item.id}.${v}`),
    );
    expect(variants.filter((v) => !picked.has(v))).toEqual([]);
  });

  it("gives calendar titles to the kick-off call, the trial review, the check-ins and the final review only", () => {
    expect(
      catalogue.filter((item) => item.eventTitle !== undefined).map((i) => i.id),
    ).toEqual(["kick-off-call", "trial-review", "check-in", "final-review"]);
  });
});

describe("GUIDE_SECTIONS", () => {
  it("holds unique guide paths, each with a trailing slash and an anchor", () => {
    expect(new Set(GUIDE_SECTIONS).size).toBe(GUIDE_SECTIONS.length);
    for (const section of GUIDE_SECTIONS) {
      expect(section).toMatch(/^\/guide\/[a-z-]+\/#[a-z-]+$/);
    }
  });
});
