import { formatNumber } from "../format/format-number";
import { MAX_NUMBER_INPUT_LENGTH, parseNumber } from "./parse-number";

/** What a numeric field accepts, and how to name it in messages. */
export interface NumberRule {
  /** Sentence-case name used at the start of messages, e.g. "Minutes to do it yourself". */
  name: string;
  /** Smallest accepted value, inclusive. */
  min: number;
  /** Largest accepted value, inclusive. */
  max: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** Formats a bound for messages (e.g. money); default: Intl number format of the locale. */
  formatBound?: (value: number, locale: string) => string;
}

/** Outcome of {@link validateNumber}: the value, or a message saying how to fix the input. */
export type FieldResult = { ok: true; value: number } | { ok: false; message: string };

// Bounds such as 0.25 must not be rounded to "0.3" in a message.
const BOUND_FRACTION_DIGITS = 6;

/**
 * Parses `text` with {@link parseNumber} and checks it against `rule`. Error
 * messages follow the GOV.UK pattern of saying how to fix the input:
 *
 * - empty: "Enter minutes to do it yourself"
 * - not a number: "Minutes to do it yourself must be a number, like 12.5"
 *   (the example is written for the locale, "12,5" in de, and lies in range)
 * - longer than any number it accepts ({@link MAX_NUMBER_INPUT_LENGTH}
 *   characters): "Minutes to do it yourself is too long: it must be between 1
 *   and 10,000" (it may well be digits only, so "a number" would not help)
 * - out of range: "Minutes to do it yourself must be between 1 and 10,000"
 * - a fraction where whole numbers are needed: "… must be a whole number"
 *
 * The range is checked before wholeness, so "0.5" for 1–10 asks for the range
 * first: that message alone leads to a valid entry.
 */
export function validateNumber(
  text: string,
  rule: NumberRule,
  locale: string,
): FieldResult {
  const parsed = parseNumber(text, locale);
  const tooLong = text.length > MAX_NUMBER_INPUT_LENGTH;
  if (!parsed.ok && !tooLong) {
    if (parsed.error === "empty")
      return { ok: false, message: `Enter ${lowerFirst(rule.name)}` };
    const example = formatNumber(exampleValue(rule), locale, BOUND_FRACTION_DIGITS);
    return { ok: false, message: `${rule.name} must be a number, like ${example}` };
  }
  const value = parsed.ok ? parsed.value : NaN;
  if (tooLong || value < rule.min || value > rule.max) {
    const bound = (limit: number): string =>
      rule.formatBound !== undefined
        ? rule.formatBound(limit, locale)
        : formatNumber(limit, locale, BOUND_FRACTION_DIGITS);
    return {
      ok: false,
      message: `${rule.name}${tooLong ? " is too long: it" : ""} must be between ${bound(rule.min)} and ${bound(rule.max)}`,
    };
  }
  if (rule.integer === true && !Number.isInteger(value)) {
    return { ok: false, message: `${rule.name} must be a whole number` };
  }
  return { ok: true, value };
}

/**
 * "Minutes to do it yourself" → "minutes to do it yourself", but an initialism
 * such as "URL slug" keeps its capitals.
 */
function lowerFirst(name: string): string {
  const second = name.charAt(1);
  if (
    second !== "" &&
    second === second.toUpperCase() &&
    second !== second.toLowerCase()
  ) {
    return name;
  }
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** 12.5 (or 12) when the range allows it, else the middle of the range. */
function exampleValue(rule: NumberRule): number {
  const preferred = rule.integer === true ? 12 : 12.5;
  if (preferred >= rule.min && preferred <= rule.max) return preferred;
  const middle = rule.min + (rule.max - rule.min) / 2;
  const rounded =
    rule.integer === true ? Math.round(middle) : Math.round(middle * 10) / 10;
  return Math.min(rule.max, Math.max(rule.min, rounded));
}
