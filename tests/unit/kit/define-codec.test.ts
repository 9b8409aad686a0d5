import fc from "fast-check";
import { anyText } from "../support/any-text";
import { describe, expect, expectTypeOf, it } from "vitest";
import { SUPPORTED_CURRENCIES } from "~/lib/format/default-currency";
import {
  defineCodec,
  MAX_NOTICES,
  NEWER_VERSION_NOTICE,
  type FieldDef,
  type Values,
} from "~/lib/url/define-codec";
import { HOSTILE_INPUTS } from "./hostile-inputs";

// Shaped like the break-even tool's settings, plus a flag and a text field.
const codec = defineCodec({
  version: 2,
  fields: {
    do: {
      kind: "number",
      label: "Time to do it yourself",
      unit: "minutes",
      min: 1,
      max: 10_000,
      default: 30,
    },
    freq: {
      kind: "number",
      label: "How often it happens",
      unit: "times",
      min: 1,
      max: 1000,
      integer: true,
      default: 4,
    },
    per: {
      kind: "enum",
      label: "Per",
      values: ["once", "week", "month", "year"],
      default: "week",
    },
    price: {
      kind: "number",
      label: "Price per task",
      unit: "currency units",
      min: 0,
      max: 1_000_000,
      default: 25,
    },
    currency: {
      kind: "enum",
      label: "Currency",
      values: SUPPORTED_CURRENCIES,
      default: "USD",
    },
    chart: { kind: "flag", label: "Show the chart", default: true },
    role: { kind: "text", label: "Role", maxLength: 40, default: "" },
  },
});

type Fields = typeof codec.fields;

function decode(query: string, locale?: string) {
  return codec.decode(new URLSearchParams(query), locale);
}

describe("defineCodec", () => {
  it("keeps the version, the field definitions and their defaults", () => {
    expect(codec.version).toBe(2);
    expect(codec.fields.do.label).toBe("Time to do it yourself");
    expect(codec.defaults).toEqual({
      do: 30,
      freq: 4,
      per: "week",
      price: 25,
      currency: "USD",
      chart: true,
      role: "",
    });
  });

  it("types each value after its field's kind", () => {
    expectTypeOf(codec.defaults.do).toEqualTypeOf<number>();
    expectTypeOf(codec.defaults.chart).toEqualTypeOf<boolean>();
    expectTypeOf(codec.defaults.per).toEqualTypeOf<string>();
    expectTypeOf(codec.decode(new URLSearchParams()).values.do).toEqualTypeOf<
      number | undefined
    >();
  });

  it.each<[string, Record<string, FieldDef>]>([
    ["the key v", { v: { kind: "flag", label: "V", default: false } }],
    ["a prototype key", { __proto__x: { kind: "flag", label: "P", default: false } }],
    ["a key with spaces", { "a b": { kind: "flag", label: "A", default: false } }],
    [
      "min above max",
      { n: { kind: "number", label: "N", unit: "u", min: 5, max: 1, default: 3 } },
    ],
    [
      "a bound beyond 1e9",
      { n: { kind: "number", label: "N", unit: "u", min: 0, max: 1e10, default: 3 } },
    ],
    [
      "a bound with seven decimals",
      {
        n: {
          kind: "number",
          label: "N",
          unit: "u",
          min: 0.0000001,
          max: 1,
          default: 0.5,
        },
      },
    ],
    [
      "a default out of range",
      { n: { kind: "number", label: "N", unit: "u", min: 1, max: 10, default: 0 } },
    ],
    [
      "a fractional default for a whole-number field",
      {
        n: {
          kind: "number",
          label: "N",
          unit: "u",
          min: 1,
          max: 10,
          integer: true,
          default: 2.5,
        },
      },
    ],
    [
      "an enum with no values",
      { e: { kind: "enum", label: "E", values: [], default: "" } },
    ],
    [
      "an enum default not in the list",
      { e: { kind: "enum", label: "E", values: ["a"], default: "b" } },
    ],
    [
      "a text default that is too long",
      { t: { kind: "text", label: "T", maxLength: 2, default: "abc" } },
    ],
  ])("refuses a definition with %s", (_why, fields) => {
    expect(() => defineCodec({ version: 1, fields })).toThrow(/Codec field/);
  });

  it("refuses a version that is not a positive whole number", () => {
    expect(() => defineCodec({ version: 0, fields: {} })).toThrow(/version/);
    expect(() => defineCodec({ version: 1.5, fields: {} })).toThrow(/version/);
  });
});

describe("codec.decode", () => {
  it("returns nothing and no notices for an empty query", () => {
    expect(decode("")).toEqual({ values: {}, notices: [], hasParams: false });
  });

  it("returns typed values for valid settings", () => {
    expect(
      decode("v=2&do=45&freq=3&per=month&price=12.5&currency=EUR&chart=0&role=Writer"),
    ).toEqual({
      values: {
        do: 45,
        freq: 3,
        per: "month",
        price: 12.5,
        currency: "EUR",
        chart: false,
        role: "Writer",
      },
      notices: [],
      hasParams: true,
    });
  });

  it("reads a link without v as the current version", () => {
    expect(decode("do=45")).toEqual({ values: { do: 45 }, notices: [], hasParams: true });
  });

  it("names an unknown key and says it is not a setting", () => {
    expect(decode("days=3").notices).toEqual([
      "Ignored “days”: not a setting of this tool",
    ]);
  });

  it("does not count unrelated keys alone as a shared state", () => {
    expect(decode("utm_source=newsletter").hasParams).toBe(false);
    expect(decode("utm_source=newsletter&do=abc").hasParams).toBe(true);
  });

  it.each([
    ["do=abc", "Ignored “do=abc”: not a number"],
    ["do=", "Ignored “do=”: not a number"],
    ["do=99999", "Ignored “do=99999”: must be between 1 and 10,000"],
    ["do=0", "Ignored “do=0”: must be between 1 and 10,000"],
    ["freq=2.5", "Ignored “freq=2.5”: must be a whole number"],
    ["per=fortnight", "Ignored “per=fortnight”: must be one of once, week, month, year"],
    ["per=WEEK", "Ignored “per=WEEK”: must be one of once, week, month, year"],
    ["chart=yes", "Ignored “chart=yes”: must be 1 (on) or 0 (off)"],
    [
      "role=%E2%80%AEevil",
      "Ignored “role=�evil”: contains characters that are not allowed",
    ],
    ["v=abc", "Ignored “v=abc”: not a version number"],
  ])("ignores %s with the notice %j", (query, notice) => {
    const result = decode(query);
    expect(result.values).toEqual({});
    expect(result.notices).toEqual([notice]);
  });

  it("formats the bounds in a notice for the reader's locale", () => {
    expect(decode("do=99999", "de-DE").notices).toEqual([
      "Ignored “do=99999”: must be between 1 and 10.000",
    ]);
  });

  it("says a text value is too long rather than cutting it", () => {
    const long = "x".repeat(41);
    expect(decode(`role=${long}`).notices).toEqual([
      `Ignored “role=${"x".repeat(34)}…”: longer than 40 characters`,
    ]);
  });

  it.each([
    "1e3",
    "1E3",
    "1,000",
    "1 000",
    " 5",
    "+5",
    "5.",
    ".5",
    "0x10",
    "Infinity",
    "NaN",
    "1".repeat(21),
    "٥",
  ])("accepts only canonical numbers, so %j is not a number", (text) => {
    const result = codec.decode(new URLSearchParams([["do", text]]));
    expect(result.values).toEqual({});
    expect(result.notices[0]).toMatch(/: not a number$/);
  });

  it("reads -0 as plain 0", () => {
    const { values } = decode("price=-0");
    expect(Object.is(values.price, 0)).toBe(true);
  });

  it("uses the first of repeated keys and says the others were ignored", () => {
    expect(decode("do=5&do=6")).toEqual({
      values: { do: 5 },
      notices: ["Ignored “do=6”: set more than once, the first value counts"],
      hasParams: true,
    });
  });

  it("warns about a link from a newer version and still reads the keys it knows", () => {
    expect(decode("v=3&do=45&extra=1")).toEqual({
      values: { do: 45 },
      notices: [NEWER_VERSION_NOTICE, "Ignored “extra”: not a setting of this tool"],
      hasParams: true,
    });
  });

  it("reads a link from an older version without a notice", () => {
    expect(decode("v=1&do=45")).toEqual({
      values: { do: 45 },
      notices: [],
      hasParams: true,
    });
  });

  it("ignores prototype keys without touching any prototype", () => {
    const result = decode(
      "__proto__=1&constructor=2&__proto__[polluted]=1&toString=3&hasOwnProperty=4",
    );
    expect(Object.keys(result.values)).toEqual([]);
    expect(Object.getPrototypeOf(result.values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(result.notices).toHaveLength(5);
    expect(result.notices[0]).toBe("Ignored “__proto__”: not a setting of this tool");
    expect(result.hasParams).toBe(false);
  });

  it("keeps markup from a URL as inert text in values, to be rendered as text", () => {
    const payload = "<img src=x onerror=alert(1)>";
    expect(codec.decode(new URLSearchParams([["role", payload]])).values.role).toBe(
      payload,
    );
  });

  it("cuts anything quoted from the URL to 40 characters", () => {
    const key = "k".repeat(100);
    expect(decode(`${key}=1`).notices).toEqual([
      `Ignored “${"k".repeat(39)}…”: not a setting of this tool`,
    ]);
  });

  it("shows hidden characters in quoted URL text as a visible replacement", () => {
    expect(decode("a%E2%80%AEb=1").notices).toEqual([
      "Ignored “a�b”: not a setting of this tool",
    ]);
  });

  it(`lists at most ${MAX_NOTICES} notices, then sums up the rest`, () => {
    const query = Array.from({ length: 25 }, (_, i) => `junk${i}=1`).join("&");
    const { notices } = decode(query);
    expect(notices).toHaveLength(MAX_NOTICES + 1);
    // 25 ignored, 10 listed: 15 more.
    expect(notices.at(-1)).toBe("Ignored 15 more settings");
  });

  it.each(
    HOSTILE_INPUTS.map((text) => [
      text.length > 30 ? `${text.slice(0, 30)}…` : text,
      text,
    ]),
  )("ignores hostile value %j for a number with a short notice", (_label, text) => {
    const result = codec.decode(
      new URLSearchParams([
        ["do", text],
        [text, "1"],
      ]),
    );
    expect(result.values).toEqual({});
    expect(result.notices).toHaveLength(2);
    for (const notice of result.notices) expect(notice.length).toBeLessThan(100);
  });

  it("never throws on arbitrary query strings and never returns a value outside its field", () => {
    const keys = fc.constantFrom(...Object.keys(codec.fields), "v", "__proto__", "x");
    const pair = fc
      .tuple(
        keys,
        fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String)),
      )
      .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
    const query = fc.oneof(
      anyText(),
      fc.array(pair, { maxLength: 12 }).map((pairs) => pairs.join("&")),
    );
    fc.assert(
      fc.property(query, (text) => {
        const { values, notices } = codec.decode(new URLSearchParams(text));
        expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES + 1);
        for (const [key, value] of Object.entries(values)) {
          expect(Object.hasOwn(codec.fields, key)).toBe(true);
          const field = codec.fields[key as keyof Fields] as FieldDef;
          if (field.kind === "number") {
            expect(typeof value).toBe("number");
            expect(value as number).toBeGreaterThanOrEqual(field.min);
            expect(value as number).toBeLessThanOrEqual(field.max);
            expect(Object.is(value, -0)).toBe(false);
            if (field.integer === true) expect(Number.isInteger(value)).toBe(true);
          } else if (field.kind === "enum") {
            expect(field.values).toContain(value);
          } else if (field.kind === "flag") {
            expect(typeof value).toBe("boolean");
          } else {
            expect((value as string).length).toBeLessThanOrEqual(field.maxLength);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Any number the URL can carry exactly: in range, at most six decimals. */
function urlNumber(min: number, max: number): fc.Arbitrary<number> {
  return fc
    .double({ min, max, noNaN: true })
    .map((value) => Math.round(value * 1e6) / 1e6 || 0);
}

const validValues: fc.Arbitrary<Values<Fields>> = fc.record({
  do: urlNumber(1, 10_000),
  freq: fc.integer({ min: 1, max: 1000 }),
  per: fc.constantFrom("once", "week", "month", "year"),
  price: urlNumber(0, 1_000_000),
  currency: fc.constantFrom(...SUPPORTED_CURRENCIES),
  chart: fc.boolean(),
  role: fc
    .string({ unit: "grapheme", maxLength: 40 })
    .filter(
      (text) =>
        text.length <= 40 &&
        !/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(
          text,
        ),
    ),
});

describe("codec.encode", () => {
  it("writes v first, then every field in definition order", () => {
    expect(codec.encode(codec.defaults).toString()).toBe(
      "v=2&do=30&freq=4&per=week&price=25&currency=USD&chart=1&role=",
    );
  });

  it("writes numbers with a dot, no grouping and no exponent", () => {
    const params = codec.encode({ ...codec.defaults, do: 1234.5, price: 0.1 + 0.2 });
    expect(params.get("do")).toBe("1234.5");
    // 0.1 + 0.2 is 0.30000000000000004; six decimals are plenty for a link.
    expect(params.get("price")).toBe("0.3");
    expect(codec.encode({ ...codec.defaults, price: 1e-7 }).get("price")).toBe("0");
    expect(codec.encode({ ...codec.defaults, price: 999_999.999_999 }).get("price")).toBe(
      "999999.999999",
    );
  });

  it("never writes -0", () => {
    expect(codec.encode({ ...codec.defaults, price: -0 }).get("price")).toBe("0");
  });

  it("writes a field's default in place of a value it would reject", () => {
    const broken = {
      ...codec.defaults,
      do: Number.NaN,
      freq: 2.5,
      price: Number.POSITIVE_INFINITY,
      per: "fortnight",
      role: "x".repeat(41),
    };
    const params = codec.encode(broken);
    expect(params.get("do")).toBe("30");
    expect(params.get("freq")).toBe("4");
    expect(params.get("price")).toBe("25");
    expect(params.get("per")).toBe("week");
    expect(params.get("role")).toBe("");
  });

  it("gives back exactly the same values after a trip through the URL text", () => {
    fc.assert(
      fc.property(validValues, (values) => {
        const text = codec.encode(values).toString();
        const decoded = codec.decode(new URLSearchParams(text));
        expect(decoded.notices).toEqual([]);
        expect(decoded.values).toEqual(values);
      }),
      { numRuns: 500 },
    );
  });

  it("gives back any in-range number to within half a millionth", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 10_000, noNaN: true }), (value) => {
        const params = codec.encode({ ...codec.defaults, do: value });
        const decoded = codec.decode(new URLSearchParams(params.toString()));
        expect(Math.abs((decoded.values.do ?? Number.NaN) - value)).toBeLessThanOrEqual(
          5e-7,
        );
      }),
    );
  });
});
