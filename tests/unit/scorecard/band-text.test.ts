import { describe, expect, it } from "vitest";
import { BAND_TEXT, nextStepText } from "~/lib/scorecard/band-text";
import type { Band } from "~/lib/scorecard/score";

const BANDS: Band[] = [
  "hire-small-first-project",
  "paid-trial-first",
  "keep-looking",
  "not-enough-evidence",
  "do-not-hire",
];

describe("BAND_TEXT", () => {
  it("gives every band a short label and a next step that is a full sentence", () => {
    for (const band of BANDS) {
      expect(BAND_TEXT[band].label.trim()).not.toBe("");
      expect(BAND_TEXT[band].nextStep).toMatch(/^[A-Z].*\.$/);
    }
    expect(new Set(BANDS.map((b) => BAND_TEXT[b].label)).size).toBe(BANDS.length);
  });
});

describe("nextStepText", () => {
  it("says to hire with a small first project, or to run a paid trial, or to keep looking", () => {
    expect(nextStepText("hire-small-first-project")).toMatch(/small first project/);
    expect(nextStepText("paid-trial-first")).toMatch(/paid trial/);
    expect(nextStepText("keep-looking")).toMatch(/^Keep looking/);
  });

  it("asks for a trial when there is not enough evidence", () => {
    expect(nextStepText("not-enough-evidence")).toBe(
      "Not enough evidence yet: run a trial.",
    );
  });

  it("names the dealbreaker behind a do-not-hire", () => {
    expect(nextStepText("do-not-hire", ["off-platform"])).toBe(
      "Ruled out by a dealbreaker, whatever the score: asked to pay or be paid off the platform.",
    );
  });

  it("names every dealbreaker, separated by semicolons", () => {
    expect(nextStepText("do-not-hire", ["failed-trial", "copied-work"])).toBe(
      "Ruled out by dealbreakers, whatever the score: failed or skipped the trial task; handed in unoriginal or copied work.",
    );
  });

  it("ignores dealbreakers for any band other than do-not-hire", () => {
    expect(nextStepText("keep-looking", ["copied-work"])).toBe(
      BAND_TEXT["keep-looking"].nextStep,
    );
  });

  it("says do not hire without a reason when none is given", () => {
    expect(nextStepText("do-not-hire")).toBe("Do not hire.");
  });
});
