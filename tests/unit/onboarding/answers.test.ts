import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACCESS_QUESTION,
  DEFAULT_ANSWERS,
  DOCS_QUESTION,
  ENGAGEMENT_QUESTION,
  LANGUAGE_QUESTION,
  RHYTHM_QUESTION,
  START_QUESTION,
  START_RANGE,
  TIME_ZONE_QUESTION,
  WORK_KIND_QUESTION,
  defaultAnswers,
  validateAnswers,
  type Answers,
} from "~/lib/onboarding/answers";
import { answersArb } from "./arbitraries";

const valid: Answers = { ...DEFAULT_ANSWERS, start: "2027-01-05" };
const questions = [
  WORK_KIND_QUESTION,
  ENGAGEMENT_QUESTION,
  LANGUAGE_QUESTION,
  TIME_ZONE_QUESTION,
  ACCESS_QUESTION,
  DOCS_QUESTION,
  RHYTHM_QUESTION,
];

describe("question option lists", () => {
  it("offer the ten kinds of work, three engagements, three gaps, four access kinds, three doc levels and three rhythms", () => {
    expect(
      [
        WORK_KIND_QUESTION,
        ENGAGEMENT_QUESTION,
        TIME_ZONE_QUESTION,
        ACCESS_QUESTION,
        DOCS_QUESTION,
        RHYTHM_QUESTION,
      ].map((q) => q.options.length),
    ).toEqual([10, 3, 3, 4, 3, 3]);
    expect(LANGUAGE_QUESTION.options.map((o) => o.value)).toEqual([true, false]);
  });

  it("give every question a label and every option a distinct, non-empty label", () => {
    for (const question of questions) {
      expect(question.label.length).toBeGreaterThan(0);
      const labels = question.options.map((o) => o.label);
      expect(labels.every((label) => label.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it("give the start-date question the accepted range", () => {
    expect([START_QUESTION.min, START_QUESTION.max]).toEqual([
      START_RANGE.min,
      START_RANGE.max,
    ]);
  });
});

describe("DEFAULT_ANSWERS", () => {
  it("passes validation once a start date is added", () => {
    expect(validateAnswers(valid)).toEqual(valid);
  });
});

describe("defaultAnswers", () => {
  it("starts four weeks after today: Jan 5, 2027 + 28 days is Feb 2, 2027", () => {
    expect(defaultAnswers("2027-01-05")).toEqual({
      ...DEFAULT_ANSWERS,
      start: "2027-02-02",
    });
  });

  it("throws a RangeError when today is not a date", () => {
    expect(() => defaultAnswers("today")).toThrow(RangeError);
  });
});

describe("validateAnswers", () => {
  it("returns a fresh copy of valid answers, not the object passed in", () => {
    const result = validateAnswers(valid);
    expect(result).toEqual(valid);
    expect(result).not.toBe(valid);
    expect(result?.access).not.toBe(valid.access);
  });

  it("returns every valid answer set unchanged after a trip through JSON", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(validateAnswers(JSON.parse(JSON.stringify(answers)))).toEqual(answers);
      }),
    );
  });

  it("puts access kinds in the canonical order and drops repeats", () => {
    const result = validateAnswers({
      ...valid,
      access: ["payments", "files", "payments"],
    });
    expect(result?.access).toEqual(["files", "payments"]);
  });

  it("accepts an empty access list, meaning no access", () => {
    expect(validateAnswers({ ...valid, access: [] })?.access).toEqual([]);
  });

  it("ignores unknown extra keys", () => {
    expect(validateAnswers({ ...valid, theme: "dark" })).toEqual(valid);
  });

  it("accepts an object without a prototype", () => {
    expect(validateAnswers(Object.assign(Object.create(null), valid))).toEqual(valid);
  });

  it.each([
    ["an unknown kind of work", { workKind: "plumbing" }],
    ["a kind of work that names an Object method", { workKind: "toString" }],
    ["an unknown engagement", { engagement: "forever" }],
    ["a language answer given as a string", { sharedLanguage: "true" }],
    ["an unknown time-zone gap", { timeZoneGap: "12" }],
    ["an unknown documentation level", { docs: "lots" }],
    ["an unknown rhythm", { rhythm: "daily" }],
    ["access given as a string", { access: "files" }],
    ["access written as 'none'", { access: ["none"] }],
    ["access with one unknown kind among known ones", { access: ["files", "root"] }],
    ["access with a non-string entry", { access: ["files", 1] }],
    ["a start date that does not exist", { start: "2027-02-30" }],
    ["a start date not written YYYY-MM-DD", { start: "5/1/2027" }],
    ["a start date before the accepted range", { start: "1999-12-31" }],
    ["a start date after the accepted range", { start: "3000-01-01" }],
    ["a start date given as a number", { start: 20270105 }],
    ["a missing field", { rhythm: undefined }],
  ])("rejects %s", (_, change) => {
    expect(validateAnswers({ ...valid, ...change })).toBeNull();
  });

  it("rejects values that are not plain objects", () => {
    for (const input of [
      null,
      undefined,
      42,
      "answers",
      [valid],
      new Date(0),
      new Map(),
    ]) {
      expect(validateAnswers(input)).toBeNull();
    }
  });

  it("rejects a payload with a __proto__ key, as JSON.parse makes it, and leaves prototypes alone", () => {
    const hostile = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1)}`,
    ) as unknown;
    expect(validateAnswers(hostile)).toBeNull();
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("rejects a payload with a constructor or prototype key", () => {
    expect(validateAnswers({ ...valid, constructor: { prototype: {} } })).toBeNull();
    expect(validateAnswers({ ...valid, prototype: {} })).toBeNull();
  });

  it("does not take inherited values for missing fields", () => {
    const { rhythm: _omitted, ...rest } = valid;
    const child = Object.assign(Object.create({ rhythm: "weekly" }), rest);
    expect(validateAnswers(child)).toBeNull();
  });

  it("returns null instead of throwing when a getter or proxy throws", () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("boom");
        },
      },
    );
    const getter = Object.defineProperty({ ...valid }, "docs", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    const arrayTrap = {
      ...valid,
      access: new Proxy(["files"], {
        get: () => {
          throw new Error("boom");
        },
      }),
    };
    expect(validateAnswers(trap)).toBeNull();
    expect(validateAnswers(getter)).toBeNull();
    expect(validateAnswers(arrayTrap)).toBeNull();
  });

  it("never throws, and whatever it returns validates to itself", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          answersArb.map((a) => ({ ...a })),
        ),
        (input) => {
          const result = validateAnswers(input);
          if (result !== null) expect(validateAnswers(result)).toEqual(result);
        },
      ),
    );
  });
});
