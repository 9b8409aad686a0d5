import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_CANDIDATES, newCandidate, newScorecard } from "~/lib/scorecard/candidate";
import { presetWeights } from "~/lib/scorecard/presets";
import {
  dealbreakersFrom,
  validateScorecard,
  validWeight,
} from "~/lib/scorecard/validate-scorecard";
import { validScorecard } from "./arbitrary-scorecard";

/** What a save followed by a load does to a value. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("validateScorecard", () => {
  it("gives back any valid scorecard unchanged after a trip through JSON", () => {
    fc.assert(
      fc.property(validScorecard, (scorecard) => {
        expect(validateScorecard(throughJson(scorecard))).toEqual(scorecard);
      }),
    );
  });

  it("keeps the text typed in amount fields of this scorecard, and drops the rest", () => {
    const card = newScorecard();
    const id = card.candidates[0]?.id ?? "";
    const read = validateScorecard(
      throughJson({
        ...card,
        typed: {
          [`${id}.quote`]: "12x",
          "rate.max": "abc",
          "zz.hours": "not a candidate here",
          "rate.min": 5,
          __proto__: "x",
        },
      }),
    );
    expect(read?.typed).toEqual({ [`${id}.quote`]: "12x", "rate.max": "abc" });
    expect(validateScorecard(throughJson(card))).not.toHaveProperty("typed");
  });

  it("rejects junk without throwing: anything at all is null or a usable scorecard", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true }), (data) => {
        const result = validateScorecard(data);
        if (result !== null) {
          expect(result.candidates.length).toBeGreaterThan(0);
          expect(result.candidates.length).toBeLessThanOrEqual(MAX_CANDIDATES);
        }
      }),
    );
  });

  it("returns null for what is not a scorecard at all", () => {
    for (const data of [
      null,
      undefined,
      42,
      "scorecard",
      [],
      [{}],
      {},
      { candidates: "a" },
    ])
      expect(validateScorecard(data)).toBeNull();
  });

  it("repairs what it can: unknown role, bad weights, ratings, ticks, figures and ids", () => {
    const result = validateScorecard({
      role: "astronaut",
      weights: { skill: 9, trial: 2.5, clarity: "4", thoroughness: 0, charm: 5 },
      rateRange: { min: -1, max: "40" },
      candidates: [
        {
          id: "a",
          name: 7,
          ratings: { skill: 5, trial: 3, clarity: "2", charm: 4 },
          dealbreakers: ["off-platform", "bribery", "failed-trial", "off-platform"],
          note: "ok\u0000",
          quote: Number.POSITIVE_INFINITY,
          hours: 0,
        },
        { id: "a", name: "Bo" },
        { id: "<b>", name: "Cy" },
        "not a candidate",
      ],
    });
    const weights = presetWeights("general");
    expect(result?.role).toBe("general");
    expect(result?.weights).toEqual({ ...weights, thoroughness: 0 });
    expect(result?.rateRange).toEqual({ min: null, max: null });
    // Saved before quotes had a currency: the dollars they were shown in.
    expect(result?.currency).toBe("USD");
    const [a, b, c] = result?.candidates ?? [];
    expect(a?.name).toBe("Candidate A");
    expect(a?.ratings.skill).toBeNull();
    expect(a?.ratings.trial).toBe(3);
    expect(a?.ratings.clarity).toBeNull();
    expect(Object.keys(a?.ratings ?? {})).not.toContain("charm");
    expect(a?.dealbreakers).toEqual(["failed-trial", "off-platform"]);
    expect(a?.note).toBe("ok");
    expect([a?.quote, a?.hours]).toEqual([null, null]);
    expect(result?.candidates.map((x) => x.id)).toEqual(["a", "b", "c"]);
    expect([b?.name, c?.name]).toEqual(["Bo", "Cy"]);
  });

  it("keeps the first twelve candidates and gives an empty list one blank candidate", () => {
    const many = {
      ...newScorecard(),
      candidates: Array.from({ length: 40 }, () => ({})),
    };
    expect(validateScorecard(many)?.candidates).toHaveLength(MAX_CANDIDATES);
    const none = { ...newScorecard(), candidates: [] };
    expect(validateScorecard(none)?.candidates).toEqual([newCandidate(0)]);
  });

  it("ignores keys that would reach the prototype", () => {
    const data = JSON.parse(
      '{"__proto__":{"polluted":1},"role":"admin","candidates":[{"__proto__":{"x":1},"name":"Ana"}]}',
    );
    const result = validateScorecard(data);
    expect(result?.role).toBe("admin");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result?.candidates[0])).toBe(Object.prototype);
  });
});

describe("validWeight", () => {
  it("accepts whole weights 0 to 5 and nothing else", () => {
    for (const w of [0, 1, 5]) expect(validWeight(w)).toBe(w);
    for (const w of [-1, 6, 2.5, Number.NaN, "3", null])
      expect(validWeight(w)).toBeNull();
    expect(Object.is(validWeight(-0), 0)).toBe(true);
  });
});

describe("dealbreakersFrom", () => {
  it("keeps known dealbreakers once each, in catalogue order", () => {
    expect(
      dealbreakersFrom(["off-platform", "x", "failed-trial", "off-platform", 3]),
    ).toEqual(["failed-trial", "off-platform"]);
  });
});
