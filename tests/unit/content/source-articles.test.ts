import { describe, expect, it } from "vitest";
import {
  articlesCitedBy,
  POINT_SUMMARIES,
  SOURCE_POINTS,
} from "~/lib/content/source-articles";

describe("POINT_SUMMARIES", () => {
  it("says in one short line what every source point is, and nothing else", () => {
    expect(Object.keys(POINT_SUMMARIES).sort()).toEqual([...SOURCE_POINTS].sort());
    for (const summary of Object.values(POINT_SUMMARIES)) {
      expect(summary.length).toBeGreaterThan(20);
      expect(summary.length).toBeLessThanOrEqual(100);
    }
  });
});

describe("articlesCitedBy", () => {
  it("names each cited article once, in the catalogue's order", () => {
    expect(articlesCitedBy(["S4.8", "S1.2", "S1.5"]).map((a) => a.id)).toEqual([
      "S1",
      "S4",
    ]);
  });

  it("ignores points it does not know", () => {
    expect(articlesCitedBy(["S9.1", ""])).toEqual([]);
  });
});
