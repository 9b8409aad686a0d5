import fc from "fast-check";
import { FIELD_HINTS } from "~/lib/break-even/field-hints";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_INPUTS,
  FIELD_LIMITS,
  NUMERIC_FIELDS,
  PERIODS,
  PERIOD_LABELS,
  fieldAccepts,
  isPeriod,
  normalizeInputs,
} from "~/lib/break-even/inputs";
import { anyInputs } from "./inputs-arbitrary";

describe("FIELD_LIMITS", () => {
  it("holds the agreed ranges for every numeric input", () => {
    const ranges = Object.fromEntries(
      NUMERIC_FIELDS.map((field) => [
        field,
        [FIELD_LIMITS[field].min, FIELD_LIMITS[field].max],
      ]),
    );
    expect(ranges).toEqual({
      do: [1, 10_000],
      freq: [1, 1_000],
      months: [1, 60],
      setup: [0, 100_000],
      review: [0, 10_000],
      price: [0, 1_000_000],
      value: [0, 100_000],
    });
  });

  it("asks for whole numbers only for the count and the horizon", () => {
    const whole = NUMERIC_FIELDS.filter((field) => FIELD_LIMITS[field].integer);
    expect(whole).toEqual(["freq", "months"]);
  });

  it("gives every field a default inside its own range", () => {
    for (const field of NUMERIC_FIELDS) {
      expect(fieldAccepts(field, FIELD_LIMITS[field].default), field).toBe(true);
    }
  });

  it("gives every field a label, a unit and a one-sentence hint", () => {
    for (const field of NUMERIC_FIELDS) {
      const { label, unit } = FIELD_LIMITS[field];
      const hint = FIELD_HINTS[field];
      expect(label.length, field).toBeGreaterThan(0);
      expect(unit.length, field).toBeGreaterThan(0);
      expect(hint, field).toMatch(/^[A-Z].*\.$/);
      expect(hint.split(/\.\s/), field).toHaveLength(1);
    }
  });

  it("lists every numeric input exactly once in NUMERIC_FIELDS", () => {
    expect([...NUMERIC_FIELDS].sort()).toEqual(Object.keys(FIELD_LIMITS).sort());
  });
});

describe("DEFAULT_INPUTS", () => {
  it("starts from each field's default and a weekly task", () => {
    for (const field of NUMERIC_FIELDS) {
      expect(DEFAULT_INPUTS[field], field).toBe(FIELD_LIMITS[field].default);
    }
    expect(DEFAULT_INPUTS.per).toBe("week");
  });

  it("defaults to a horizon of 12 months", () => {
    expect(DEFAULT_INPUTS.months).toBe(12);
  });

  it("cannot be changed by accident", () => {
    expect(Object.isFrozen(DEFAULT_INPUTS)).toBe(true);
  });
});

describe("PERIOD_LABELS", () => {
  it("has a label for every period", () => {
    expect(Object.keys(PERIOD_LABELS).sort()).toEqual([...PERIODS].sort());
  });
});

describe("isPeriod", () => {
  it("accepts the four periods", () => {
    for (const per of PERIODS) expect(isPeriod(per)).toBe(true);
  });

  it("rejects anything else, including near misses and non-strings", () => {
    for (const bad of ["Week", "weekly", "day", "", "toString", 7, null, undefined, {}]) {
      expect(isPeriod(bad), String(bad)).toBe(false);
    }
  });
});

describe("fieldAccepts", () => {
  it("accepts both ends of a range", () => {
    expect(fieldAccepts("do", 1)).toBe(true);
    expect(fieldAccepts("do", 10_000)).toBe(true);
  });

  it("rejects values just outside a range", () => {
    expect(fieldAccepts("do", 0.99)).toBe(false);
    expect(fieldAccepts("setup", -0.01)).toBe(false);
    expect(fieldAccepts("months", 61)).toBe(false);
  });

  it("rejects NaN and infinities", () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      expect(fieldAccepts("price", bad)).toBe(false);
    }
  });

  it("rejects a fraction where a whole number is needed, and accepts it elsewhere", () => {
    expect(fieldAccepts("months", 6.5)).toBe(false);
    expect(fieldAccepts("freq", 2.5)).toBe(false);
    expect(fieldAccepts("do", 2.5)).toBe(true);
  });
});

describe("normalizeInputs", () => {
  it("returns inputs that are already valid unchanged", () => {
    fc.assert(
      fc.property(anyInputs, (inputs) => {
        expect(normalizeInputs(inputs)).toEqual(inputs);
      }),
    );
  });

  it("always returns inputs every field accepts", () => {
    const wild = fc.double();
    fc.assert(
      fc.property(
        fc.record({
          do: wild,
          freq: wild,
          months: wild,
          setup: wild,
          review: wild,
          price: wild,
          value: wild,
          per: fc.constantFrom(...PERIODS),
        }),
        (inputs) => {
          const normal = normalizeInputs(inputs);
          for (const field of NUMERIC_FIELDS) {
            expect(fieldAccepts(field, normal[field]), field).toBe(true);
            expect(Object.is(normal[field], -0), field).toBe(false);
          }
        },
      ),
    );
  });

  it("replaces NaN and infinities with the field's default", () => {
    const normal = normalizeInputs({
      ...DEFAULT_INPUTS,
      do: Number.NaN,
      price: Infinity,
      setup: -Infinity,
    });
    expect(normal.do).toBe(FIELD_LIMITS.do.default);
    expect(normal.price).toBe(FIELD_LIMITS.price.default);
    expect(normal.setup).toBe(FIELD_LIMITS.setup.default);
  });

  it("clamps to the range and rounds whole-number fields (months 7.6 -> 8, price -5 -> 0)", () => {
    const normal = normalizeInputs({
      ...DEFAULT_INPUTS,
      months: 7.6,
      price: -5,
      do: 20_000,
      freq: 0,
    });
    expect(normal).toMatchObject({ months: 8, price: 0, do: 10_000, freq: 1 });
  });

  it("turns -0 into 0", () => {
    expect(Object.is(normalizeInputs({ ...DEFAULT_INPUTS, review: -0 }).review, 0)).toBe(
      true,
    );
  });

  it("replaces an unknown period with the default one", () => {
    const broken = {
      ...DEFAULT_INPUTS,
      per: "fortnight",
    } as unknown as typeof DEFAULT_INPUTS;
    expect(normalizeInputs(broken).per).toBe("week");
  });
});
