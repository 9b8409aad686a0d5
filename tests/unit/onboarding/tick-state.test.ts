import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildChecklist } from "~/lib/onboarding/rules";
import {
  isTickId,
  MAX_TICK_ID_LENGTH,
  MAX_TICKS,
  validateTicks,
  withTick,
} from "~/lib/onboarding/tick-state";
import { HOSTILE_INPUTS } from "../kit/hostile-inputs";
import { answersArb } from "./arbitraries";

describe("isTickId", () => {
  it("accepts kebab-case ids such as write-the-brief and check-in-12", () => {
    expect(isTickId("write-the-brief")).toBe(true);
    expect(isTickId("check-in-12")).toBe(true);
  });

  it("accepts every id of every checklist the rules can build", () => {
    fc.assert(
      fc.property(answersArb, (answers) =>
        buildChecklist(answers).phases.every((phase) =>
          phase.items.every((item) => isTickId(item.id)),
        ),
      ),
      { numRuns: 200 },
    );
  });

  it("refuses empty, upper-case, spaced, dotted or doubled-hyphen text, and non-strings", () => {
    for (const value of [
      "",
      "Write",
      "write the brief",
      "a.b",
      "a--b",
      "-a",
      "a-",
      "ü",
      1,
      null,
      ["a"],
      { toString: () => "a" },
    ]) {
      expect(isTickId(value), String(value)).toBe(false);
    }
  });

  it("refuses hostile text with markup, symbols, controls or odd digits", () => {
    // Plain words such as "constructor" have the shape of an id; kept in a list
    // and compared as strings, they are harmless.
    const hostile = HOSTILE_INPUTS.filter((text) => /[^a-z0-9-]/.test(text));
    expect(hostile.length).toBeGreaterThan(20);
    for (const text of hostile) expect(isTickId(text)).toBe(false);
  });

  it(`refuses ids longer than ${MAX_TICK_ID_LENGTH} characters`, () => {
    expect(isTickId("a".repeat(MAX_TICK_ID_LENGTH))).toBe(true);
    expect(isTickId("a".repeat(MAX_TICK_ID_LENGTH + 1))).toBe(false);
  });
});

describe("validateTicks", () => {
  it("returns a fresh copy of a good list, duplicates dropped, first-seen order kept", () => {
    const input = ["trial-review", "write-the-brief", "trial-review"];
    const ticks = validateTicks(input);
    expect(ticks).toEqual(["trial-review", "write-the-brief"]);
    expect(ticks).not.toBe(input);
  });

  it("accepts an empty list", () => {
    expect(validateTicks([])).toEqual([]);
  });

  it("falls back to null for junk of any shape without throwing", () => {
    const junk: unknown[] = [
      undefined,
      null,
      "write-the-brief",
      42,
      { 0: "write-the-brief", length: 1 },
      ["write-the-brief", 7],
      ["<script>alert(1)</script>"],
      ["__proto__"],
      [["nested"]],
      new Array(MAX_TICKS + 1).fill("write-the-brief"),
    ];
    for (const value of junk) expect(validateTicks(value)).toBeNull();
  });

  it("falls back to null for an array whose elements throw when read", () => {
    const trap = new Proxy(["write-the-brief"], {
      get(target, key) {
        if (key === "0") throw new Error("boom");
        return Reflect.get(target, key);
      },
    });
    expect(validateTicks(trap)).toBeNull();
  });

  it("never throws, whatever JSON storage hands it", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const ticks = validateTicks(value);
        return ticks === null || ticks.every(isTickId);
      }),
    );
  });
});

describe("withTick", () => {
  it("adds a tick at the end and removes one wherever it is", () => {
    expect(withTick(["a"], "b", true)).toEqual(["a", "b"]);
    expect(withTick(["a", "b", "c"], "b", false)).toEqual(["a", "c"]);
  });

  it("returns the same list when nothing changes", () => {
    const ticks = ["a"];
    expect(withTick(ticks, "a", true)).toBe(ticks);
    expect(withTick(ticks, "b", false)).toBe(ticks);
  });

  it("refuses an id of the wrong shape", () => {
    const ticks = ["a"];
    expect(withTick(ticks, "<b>", true)).toBe(ticks);
  });

  it(`stops adding at ${MAX_TICKS} ticks, so a saved list always validates`, () => {
    const full = Array.from({ length: MAX_TICKS }, (_, i) => `t-${i}`);
    expect(withTick(full, "one-more", true)).toBe(full);
    expect(validateTicks(full)).toHaveLength(MAX_TICKS);
  });

  it("keeps the list free of duplicates whatever is ticked and unticked", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("a", "b", "c-1"), fc.boolean())),
        (steps) => {
          let ticks: readonly string[] = [];
          for (const [id, on] of steps) ticks = withTick(ticks, id, on);
          return new Set(ticks).size === ticks.length;
        },
      ),
    );
  });
});
