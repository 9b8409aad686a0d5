import { describe, expect, it } from "vitest";
import { findingText } from "~/lib/scorecard/finding-text";

describe("findingText", () => {
  it("describes a strength with the criterion's own label for the rating", () => {
    expect(findingText({ criterion: "skill", rating: 4, weight: 5 })).toBe(
      "Proven skill: excellent, verified work",
    );
  });

  it("describes a low rating the same way", () => {
    expect(findingText({ criterion: "trial", rating: 0, weight: 5 })).toBe(
      "Trial task result: missed the brief",
    );
  });

  it("says a heavy criterion is not assessed yet", () => {
    expect(findingText({ criterion: "reliability", rating: null, weight: 4 })).toBe(
      "Responsiveness and reliability: not assessed yet",
    );
  });
});
