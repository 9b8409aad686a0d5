import { describe, expect, it } from "vitest";
import { DEALBREAKER_SOURCES } from "~/lib/scorecard/criteria-sources";
import {
  DEALBREAKER_IDS,
  DEALBREAKERS,
  dealbreakerById,
  isDealbreakerId,
} from "~/lib/scorecard/dealbreakers";
import { DEALBREAKER_WHY } from "~/lib/scorecard/dealbreaker-why";
import { GUIDE_SECTIONS, SOURCE_POINT } from "./links";

describe("DEALBREAKERS", () => {
  it("holds the four dealbreakers in the order of DEALBREAKER_IDS", () => {
    expect(DEALBREAKERS.map((d) => d.id)).toEqual([...DEALBREAKER_IDS]);
    expect(DEALBREAKER_IDS).toEqual([
      "failed-trial",
      "copied-work",
      "missed-deadline",
      "off-platform",
    ]);
  });

  it("gives each a sentence-case label, a reason ending in a full stop, a guide link and sources", () => {
    for (const d of DEALBREAKERS) {
      expect(d.label).toMatch(/^[A-Z][^.]*[^.\s]$/);
      expect(DEALBREAKER_WHY[d.id]).toMatch(/\.$/);
      expect(GUIDE_SECTIONS.has(d.guide)).toBe(true);
      expect(DEALBREAKER_SOURCES[d.id].length).toBeGreaterThan(0);
      for (const point of DEALBREAKER_SOURCES[d.id]) expect(point).toMatch(SOURCE_POINT);
    }
  });
});

describe("DEALBREAKER_WHY", () => {
  it("gives a reason for every dealbreaker and nothing else", () => {
    expect(Object.keys(DEALBREAKER_WHY)).toEqual([...DEALBREAKER_IDS]);
  });
});

describe("isDealbreakerId", () => {
  it("accepts every dealbreaker id and rejects anything else", () => {
    for (const id of DEALBREAKER_IDS) expect(isDealbreakerId(id)).toBe(true);
    for (const value of ["", "copied", "constructor", 1, null])
      expect(isDealbreakerId(value)).toBe(false);
  });
});

describe("dealbreakerById", () => {
  it("returns the dealbreaker with that id", () => {
    for (const id of DEALBREAKER_IDS) expect(dealbreakerById(id).id).toBe(id);
  });
});
