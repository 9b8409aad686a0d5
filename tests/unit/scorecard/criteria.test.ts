import { describe, expect, it } from "vitest";
import { CRITERION_SOURCES } from "~/lib/scorecard/criteria-sources";
import {
  CRITERIA,
  CRITERION_IDS,
  criterionById,
  isCriterionId,
} from "~/lib/scorecard/criteria";
import { LOOK_FOR } from "~/lib/scorecard/look-for";
import { GUIDE_SECTIONS, SOURCE_POINT } from "./links";

describe("CRITERIA", () => {
  it("holds the twelve criteria in the order of CRITERION_IDS", () => {
    expect(CRITERIA).toHaveLength(12);
    expect(CRITERIA.map((c) => c.id)).toEqual([...CRITERION_IDS]);
  });

  it("uses short, unique kebab-case ids that are safe in a URL", () => {
    expect(new Set(CRITERION_IDS).size).toBe(CRITERION_IDS.length);
    for (const id of CRITERION_IDS) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(id.length).toBeLessThanOrEqual(12);
    }
  });

  it("covers each criterion the issue names", () => {
    const names = CRITERIA.map((c) => c.name.toLowerCase());
    for (const word of [
      "proven skill",
      "trial",
      "communication",
      "thoroughness",
      "honesty",
      "business",
      "reliability",
      "specialist",
      "overlap",
      "values",
      "price",
      "track record",
    ]) {
      expect(names.some((n) => n.includes(word))).toBe(true);
    }
  });

  it("gives every criterion a name, one or two sentences of what to look for, and five distinct level labels", () => {
    for (const c of CRITERIA) {
      expect(c.name.trim()).not.toBe("");
      const lookFor = LOOK_FOR[c.id];
      const sentences = lookFor.split(/(?<=[.?!])\s+/);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(lookFor).toMatch(/[.?!]$/);
      expect(c.levels).toHaveLength(5);
      expect(new Set(c.levels).size).toBe(5);
      for (const label of c.levels) {
        expect(label.trim()).not.toBe("");
        expect(label.length).toBeLessThanOrEqual(40);
      }
    }
  });

  it("labels the ends of proven skill as no evidence and excellent, verified work", () => {
    const skill = criterionById("skill");
    expect(skill.levels[0]).toBe("No evidence of the skill");
    expect(skill.levels[4]).toBe("Excellent, verified work");
  });

  it("links every criterion to a guide section that exists and cites source points", () => {
    for (const c of CRITERIA) {
      expect(GUIDE_SECTIONS.has(c.guide)).toBe(true);
      expect(CRITERION_SOURCES[c.id].length).toBeGreaterThan(0);
      for (const point of CRITERION_SOURCES[c.id]) expect(point).toMatch(SOURCE_POINT);
    }
  });
});

describe("LOOK_FOR", () => {
  it("has what to look for for every criterion and nothing else", () => {
    expect(Object.keys(LOOK_FOR)).toEqual([...CRITERION_IDS]);
  });
});

describe("isCriterionId", () => {
  it("accepts every criterion id and rejects anything else", () => {
    for (const id of CRITERION_IDS) expect(isCriterionId(id)).toBe(true);
    for (const value of ["", "Skill", "toString", "__proto__", 3, null, undefined]) {
      expect(isCriterionId(value)).toBe(false);
    }
  });
});

describe("criterionById", () => {
  it("returns the criterion with that id", () => {
    for (const id of CRITERION_IDS) expect(criterionById(id).id).toBe(id);
  });
});
