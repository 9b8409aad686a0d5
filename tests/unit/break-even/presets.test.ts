import { describe, expect, it } from "vitest";
import {
  NUMERIC_FIELDS,
  fieldAccepts,
  isPeriod,
  DEFAULT_INPUTS,
} from "~/lib/break-even/inputs";
import { computeBreakEven } from "~/lib/break-even/model";
import { PRESETS, presetById } from "~/lib/break-even/presets";

describe("PRESETS", () => {
  it("covers the agreed everyday tasks", () => {
    expect(PRESETS.map((preset) => preset.id)).toEqual([
      "inbox-triage",
      "bookkeeping",
      "social-posts",
      "blog-article",
      "podcast-editing",
      "data-entry",
      "customer-support",
    ]);
  });

  it("uses unique ids that are safe in a URL", () => {
    const ids = PRESETS.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives each preset a label and a one-line note", () => {
    for (const preset of PRESETS) {
      expect(preset.label.length, preset.id).toBeGreaterThan(0);
      expect(preset.note, preset.id).toMatch(/^[A-Z][^\n]*\.$/);
      expect(preset.note.length, preset.id).toBeLessThanOrEqual(120);
    }
  });

  it("fills in only values every field accepts", () => {
    for (const preset of PRESETS) {
      const inputs = { ...DEFAULT_INPUTS, ...preset.inputs };
      expect(isPeriod(inputs.per), preset.id).toBe(true);
      for (const field of NUMERIC_FIELDS) {
        expect(fieldAccepts(field, inputs[field]), `${preset.id}.${field}`).toBe(true);
      }
    }
  });

  it("keeps review shorter than doing it for every preset, as a real hand-over would", () => {
    for (const { id, inputs } of PRESETS)
      expect(inputs.review, id).toBeLessThan(inputs.do);
  });

  it("edits podcasts at 120 minutes yourself, weekly, 240 to hand over, 15 to check, 60 a time", () => {
    expect(presetById("podcast-editing")?.inputs).toEqual({
      do: 120,
      freq: 1,
      per: "week",
      setup: 240,
      review: 15,
      price: 60,
    });
  });

  it("pays back podcast editing after 6 episodes at 60 an hour (240 ÷ (120 − 60 − 15) = 5.33)", () => {
    const result = computeBreakEven({
      ...DEFAULT_INPUTS,
      ...presetById("podcast-editing")!.inputs,
    });
    expect(result.verdict).toEqual({ kind: "delegate", basis: "money", breakEven: 6 });
  });

  it("keeps the one-off blog article with you at 60 an hour (90 + 150 + 45 = 285 > 240)", () => {
    const result = computeBreakEven({
      ...DEFAULT_INPUTS,
      ...presetById("blog-article")!.inputs,
    });
    expect(result.verdict).toEqual({
      kind: "do-it-yourself",
      reason: "one-off-explaining-costs-more",
    });
  });
});

describe("presetById", () => {
  it("finds a preset by its id", () => {
    expect(presetById("bookkeeping")?.label).toBe("Bookkeeping");
  });

  it("returns undefined for an unknown id", () => {
    expect(presetById("astrology")).toBeUndefined();
    expect(presetById("")).toBeUndefined();
  });
});
