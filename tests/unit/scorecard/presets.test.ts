import { describe, expect, it } from "vitest";
import { CRITERION_IDS } from "~/lib/scorecard/criteria";
import {
  DEFAULT_PRESET,
  isPresetId,
  MAX_WEIGHT,
  PRESET_IDS,
  PRESETS,
  presetById,
  presetWeights,
  weightsMatchPreset,
} from "~/lib/scorecard/presets";

describe("PRESETS", () => {
  it("lists the presets in the order of PRESET_IDS", () => {
    expect(PRESETS.map((p) => p.id)).toEqual([...PRESET_IDS]);
  });

  it("includes the five roles the issue names", () => {
    const labels = PRESETS.map((p) => p.label.toLowerCase());
    for (const role of [
      "writing and customer-facing",
      "technical",
      "admin assistant",
      "design",
      "one-off gig",
    ]) {
      expect(labels.some((l) => l.includes(role))).toBe(true);
    }
  });

  it("gives every preset a label, a one-line description and a whole weight 0..5 for every criterion", () => {
    for (const p of PRESETS) {
      expect(p.label.trim()).not.toBe("");
      expect(p.description).not.toContain("\n");
      expect(p.description.length).toBeLessThanOrEqual(110);
      expect(Object.keys(p.weights).sort()).toEqual([...CRITERION_IDS].sort());
      for (const id of CRITERION_IDS) {
        expect(Number.isInteger(p.weights[id])).toBe(true);
        expect(p.weights[id]).toBeGreaterThanOrEqual(0);
        expect(p.weights[id]).toBeLessThanOrEqual(MAX_WEIGHT);
      }
    }
  });

  it("gives each preset its own weights", () => {
    const shapes = PRESETS.map((p) => CRITERION_IDS.map((id) => p.weights[id]).join(","));
    expect(new Set(shapes).size).toBe(PRESETS.length);
  });

  it("stresses what each role needs: communication for writing, specialist fit for technical work", () => {
    const writing = presetById("writing").weights;
    const technical = presetById("technical").weights;
    expect(writing.clarity).toBe(MAX_WEIGHT);
    expect(technical.specialist).toBe(MAX_WEIGHT);
    expect(presetById("one-off").weights.overlap).toBe(0);
  });
});

describe("DEFAULT_PRESET", () => {
  it("is one of the presets", () => {
    expect(isPresetId(DEFAULT_PRESET)).toBe(true);
  });
});

describe("isPresetId", () => {
  it("accepts every preset id and rejects anything else", () => {
    for (const id of PRESET_IDS) expect(isPresetId(id)).toBe(true);
    for (const value of ["", "Design", "hasOwnProperty", 0, null])
      expect(isPresetId(value)).toBe(false);
  });
});

describe("presetById", () => {
  it("returns the preset with that id", () => {
    for (const id of PRESET_IDS) expect(presetById(id).id).toBe(id);
  });
});

describe("presetWeights", () => {
  it("returns a copy that can be edited without changing the preset", () => {
    const weights = presetWeights("design");
    weights.skill = 0;
    expect(presetById("design").weights.skill).toBe(5);
    expect(presetWeights("design").skill).toBe(5);
  });
});

describe("weightsMatchPreset", () => {
  it("is true for a preset's own weights and false once one weight changes", () => {
    const weights = presetWeights("admin");
    expect(weightsMatchPreset(weights, "admin")).toBe(true);
    expect(weightsMatchPreset(weights, "design")).toBe(false);
    weights.values = 0;
    expect(weightsMatchPreset(weights, "admin")).toBe(false);
  });
});
