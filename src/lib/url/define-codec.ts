import { formatNumber } from "../format/format-number";
import {
  fromCanonicalNumber,
  toCanonicalNumber,
  URL_FRACTION_DIGITS,
} from "./canonical-number";
import { quoteFromUrl } from "./quote-from-url";

/**
 * One setting a tool accepts from its URL. The definitions double as reader
 * documentation (a page lists every parameter from them), so `label` and
 * `unit` are written for people: "Time to do it yourself", "minutes".
 */
export type FieldDef =
  | {
      kind: "number";
      label: string;
      /** Plural unit for the docs table, e.g. "minutes" or "USD per hour". */
      unit: string;
      min: number;
      max: number;
      integer?: boolean;
      default: number;
    }
  | { kind: "enum"; label: string; values: readonly string[]; default: string }
  | { kind: "flag"; label: string; default: boolean }
  | { kind: "text"; label: string; maxLength: number; default: string };

/** The typed values of a codec's fields. */
export type Values<F> = {
  [K in keyof F]: F[K] extends { kind: "number" }
    ? number
    : F[K] extends { kind: "flag" }
      ? boolean
      : string;
};

/** An allow-list codec between a tool's settings and its URL query string. */
export interface Codec<F extends Record<string, FieldDef>> {
  /** Written as key "v". */
  version: number;
  fields: F;
  /** Every field at its default. */
  defaults: Values<F>;
  /**
   * Reads only known keys (Object.hasOwn on the allow-list; "__proto__",
   * "constructor" do nothing); returns typed values for the valid ones and one
   * plain-text notice per ignored key/value. `hasParams` is true when the URL
   * carries any key of this tool ("v" or a field, valid or not): the caller
   * should then show exactly the link's state, defaults for the rest, and not
   * the reader's stored state. Unrelated keys alone (a newsletter's
   * utm_source) do not count. `locale` formats the bounds in notices.
   */
  decode(
    params: URLSearchParams,
    locale?: string,
  ): { values: Partial<Values<F>>; notices: string[]; hasParams: boolean };
  /**
   * Writes every field in canonical form, "v" first, then fields in definition
   * order: numbers with a "." mark, no grouping, no exponent, at most six
   * decimals; flags as 1 or 0. A value the field would reject on decoding
   * (wrong type, out of range, too long) is written as the field's default, so
   * an encoded link always decodes without notices.
   */
  encode(values: Values<F>): URLSearchParams;
}

/** The notice for a link made by a later version of the site. */
export const NEWER_VERSION_NOTICE =
  "This link was made by a newer version of Handoff; some settings may be ignored";

/** Notices listed one by one before the rest are summed up in one line. */
export const MAX_NOTICES = 10;

const VERSION_KEY = "v";
const FIELD_KEY = /^[a-z][a-z0-9_-]{0,31}$/i;
const MAX_BOUND = 1e9;
const VERSION_TEXT = /^\d{1,9}$/;
// Text fields refuse characters that could hide or reorder what a reader sees,
// and lone surrogates, which do not survive percent-encoding.
const FORBIDDEN_IN_TEXT =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Builds the URL codec of a tool from its field definitions. Definitions are
 * checked once, here: a key that is not a short identifier (or is "v"), a
 * range that is not finite, wider than ±1e9 or with more than six decimals,
 * or a default the field itself would reject throws, so a mistake fails the
 * first unit test rather than a reader's page.
 */
export function defineCodec<F extends Record<string, FieldDef>>(def: {
  version: number;
  fields: F;
}): Codec<F> {
  const { version, fields } = def;
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new Error(`Codec version must be a positive whole number, got ${version}`);
  }
  const keys = Object.keys(fields);
  for (const key of keys) checkDefinition(key, fields[key] as FieldDef);

  const defaults = {} as Record<string, unknown>;
  for (const key of keys) defaults[key] = (fields[key] as FieldDef).default;

  return {
    version,
    fields,
    defaults: defaults as Values<F>,

    decode(params, locale = "en-US") {
      const values: Record<string, unknown> = {};
      const notices: string[] = [];
      const seen = new Set<string>();
      let ignored = 0;
      let hasParams = false;
      const notice = (text: string): void => {
        if (notices.length < MAX_NOTICES) notices.push(text);
        else ignored += 1;
      };

      for (const [key, raw] of params) {
        const isField = Object.hasOwn(fields, key);
        if (key !== VERSION_KEY && !isField) {
          notice(`Ignored ${quoteFromUrl(key)}: not a setting of this tool`);
          continue;
        }
        hasParams = true;
        const quoted = quoteFromUrl(`${key}=${raw}`);
        if (seen.has(key)) {
          notice(`Ignored ${quoted}: set more than once, the first value counts`);
          continue;
        }
        seen.add(key);
        if (key === VERSION_KEY) {
          if (!VERSION_TEXT.test(raw)) notice(`Ignored ${quoted}: not a version number`);
          else if (Number(raw) > version) notice(NEWER_VERSION_NOTICE);
          continue;
        }
        const result = decodeValue(fields[key] as FieldDef, raw, locale);
        if (result.ok) values[key] = result.value;
        else notice(`Ignored ${quoted}: ${result.reason}`);
      }
      if (ignored > 0) {
        notices.push(
          ignored === 1
            ? "Ignored 1 more setting"
            : `Ignored ${formatNumber(ignored, locale, 0)} more settings`,
        );
      }
      return { values: values as Partial<Values<F>>, notices, hasParams };
    },

    encode(values) {
      const params = new URLSearchParams();
      params.set(VERSION_KEY, String(version));
      const given = values as Record<string, unknown>;
      for (const key of keys) {
        const field = fields[key] as FieldDef;
        const value = Object.hasOwn(given, key) ? given[key] : undefined;
        const valid = validValue(field, value) ? value : field.default;
        params.set(key, encodeValue(field, valid));
      }
      return params;
    },
  };
}

type Decoded =
  { ok: true; value: number | string | boolean } | { ok: false; reason: string };

function decodeValue(field: FieldDef, raw: string, locale: string): Decoded {
  switch (field.kind) {
    case "number": {
      const value = fromCanonicalNumber(raw);
      if (value === null) return { ok: false, reason: "not a number" };
      if (value < field.min || value > field.max) {
        const min = formatNumber(field.min, locale, URL_FRACTION_DIGITS);
        const max = formatNumber(field.max, locale, URL_FRACTION_DIGITS);
        return { ok: false, reason: `must be between ${min} and ${max}` };
      }
      if (field.integer === true && !Number.isInteger(value)) {
        return { ok: false, reason: "must be a whole number" };
      }
      return { ok: true, value };
    }
    case "enum":
      return field.values.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, reason: `must be one of ${field.values.join(", ")}` };
    case "flag":
      if (raw === "1") return { ok: true, value: true };
      if (raw === "0") return { ok: true, value: false };
      return { ok: false, reason: "must be 1 (on) or 0 (off)" };
    case "text":
      if (raw.length > field.maxLength) {
        return { ok: false, reason: `longer than ${field.maxLength} characters` };
      }
      if (FORBIDDEN_IN_TEXT.test(raw) || LONE_SURROGATE.test(raw)) {
        return { ok: false, reason: "contains characters that are not allowed" };
      }
      return { ok: true, value: raw };
  }
}

/** Whether `value` is one the field would accept back from a URL. */
function validValue(field: FieldDef, value: unknown): boolean {
  switch (field.kind) {
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return false;
      return decodeValue(field, toCanonicalNumber(value), "en-US").ok;
    case "enum":
    case "text":
      return typeof value === "string" && decodeValue(field, value, "en-US").ok;
    case "flag":
      return typeof value === "boolean";
  }
}

function encodeValue(field: FieldDef, value: unknown): string {
  switch (field.kind) {
    case "number":
      return toCanonicalNumber(value as number);
    case "flag":
      return value === true ? "1" : "0";
    case "enum":
    case "text":
      return String(value);
  }
}

function checkDefinition(key: string, field: FieldDef): void {
  const fail = (why: string): never => {
    throw new Error(`Codec field "${key}": ${why}`);
  };
  if (key === VERSION_KEY || !FIELD_KEY.test(key))
    fail("key must be a short identifier other than v");
  if (field.kind === "number") {
    const scale = 10 ** URL_FRACTION_DIGITS;
    for (const bound of [field.min, field.max]) {
      if (!Number.isFinite(bound) || Math.abs(bound) > MAX_BOUND)
        fail("bounds must be finite, within ±1e9");
      if (Math.round(bound * scale) / scale !== bound)
        fail("bounds must have at most six decimals");
    }
    if (field.min > field.max) fail("min must not exceed max");
  }
  if (field.kind === "enum" && field.values.length === 0)
    fail("needs at least one value");
  if (
    field.kind === "text" &&
    !(Number.isSafeInteger(field.maxLength) && field.maxLength >= 0)
  ) {
    fail("maxLength must be a whole number");
  }
  if (!validValue(field, field.default)) fail("default is not a valid value");
}
