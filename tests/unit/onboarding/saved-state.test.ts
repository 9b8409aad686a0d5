import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXAMPLE_ANSWERS } from "~/lib/onboarding/example-answers";
import { validateSavedState } from "~/lib/onboarding/saved-state";
import { readEnvelope, writeEnvelope } from "~/lib/storage/envelope";
import { answersArb } from "./arbitraries";

const good = { answers: EXAMPLE_ANSWERS, ticks: ["write-the-brief", "check-in-2"] };

describe("validateSavedState", () => {
  it("reads back what was saved, through the storage envelope", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const saved = { answers, ticks: ["trial-review"] };
        const { status, value } = readEnvelope(
          writeEnvelope(saved, 1),
          1,
          validateSavedState,
        );
        expect(status).toBe("ok");
        expect(value).toEqual(saved);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps the real ticks of a list too long or with junk in it, rather than none", () => {
    const junk = Array.from({ length: 300 }, (_, i) => `junk-${i}`);
    const ticks = ["decide-the-result", "write-the-brief", "define-done", ...junk];
    expect(validateSavedState({ answers: EXAMPLE_ANSWERS, ticks })?.ticks).toEqual(
      ticks.slice(0, 300),
    );
    expect(
      validateSavedState({ answers: EXAMPLE_ANSWERS, ticks: ["define-done", "<b>", 3] })
        ?.ticks,
    ).toEqual(["define-done"]);
  });

  it("keeps the answers and drops the ticks when only the ticks are junk", () => {
    for (const ticks of [42, "write-the-brief", [1, 2], ["<b>"], null]) {
      expect(validateSavedState({ answers: EXAMPLE_ANSWERS, ticks })).toEqual({
        answers: EXAMPLE_ANSWERS,
        ticks: [],
      });
    }
  });

  it("reads a state saved without ticks as no ticks", () => {
    expect(validateSavedState({ answers: EXAMPLE_ANSWERS })).toEqual({
      answers: EXAMPLE_ANSWERS,
      ticks: [],
    });
  });

  it("keeps the plan's id and the contractor's name, cleaned, and drops a malformed id", () => {
    expect(
      validateSavedState({ ...good, plan: "a1b2c3", contractor: "Maria\u202e\nLopez" }),
    ).toEqual({ ...good, plan: "a1b2c3", contractor: "Maria Lopez" });
    expect(validateSavedState({ ...good, plan: "<b>", contractor: 7 })).toEqual(good);
    expect(
      validateSavedState({ ...good, contractor: "x".repeat(100) })?.contractor,
    ).toHaveLength(60);
  });

  it("falls back to null when the answers are unusable", () => {
    for (const data of [
      null,
      [],
      "state",
      { ticks: good.ticks },
      { answers: { ...EXAMPLE_ANSWERS, start: "2027-02-30" }, ticks: [] },
      { answers: { ...EXAMPLE_ANSWERS, workKind: "spying" }, ticks: [] },
    ]) {
      expect(validateSavedState(data)).toBeNull();
    }
  });

  it("falls back for a __proto__ payload in stored JSON, polluting nothing", () => {
    const raw = `{"v":1,"data":{"answers":{"__proto__":{"polluted":1}},"ticks":[]}}`;
    expect(readEnvelope(raw, 1, validateSavedState).value).toBeNull();
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("falls back without throwing for an object whose fields throw when read", () => {
    const trap = {
      get answers(): unknown {
        throw new Error("boom");
      },
    };
    expect(validateSavedState(trap)).toBeNull();
  });

  it("never throws for any stored text, and returns a state only with valid answers", () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (text, json) => {
        for (const raw of [text, JSON.stringify({ v: 1, data: json })]) {
          const { value } = readEnvelope(raw, 1, validateSavedState);
          if (value !== null) expect(Array.isArray(value.ticks)).toBe(true);
        }
      }),
    );
  });
});
