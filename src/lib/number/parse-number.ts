import { SUPPORTED_CURRENCIES } from "../format/default-currency";
import { localeNumberSymbols, type LocaleNumberSymbols } from "./locale-number-symbols";

/** Outcome of {@link parseNumber}: a finite number, or why there is none. */
export type ParseResult =
  { ok: true; value: number } | { ok: false; error: "empty" | "invalid" };

/** Longer input is refused before any work, so pasting 100 KB costs nothing. */
export const MAX_NUMBER_INPUT_LENGTH = 64;

// Currency markers a reader may type or paste, including what Intl prints for
// the tools' currencies in common locales ("CA$", "$US", "kr"). Longest first
// so "US$" wins over "$". Letters match in any case.
const CURRENCY_MARKERS = [
  "$ US",
  "$ AU",
  "$ NZ",
  "US$",
  "CA$",
  "AU$",
  "NZ$",
  "JP¥",
  "UK£",
  "$US",
  "$CA",
  "$AU",
  "$NZ",
  "£GB",
  ...SUPPORTED_CURRENCIES,
  "C$",
  "A$",
  "kr",
  "$",
  "€",
  "£",
  "¥",
  "￥",
  "₹",
];

// Invisible direction marks that Intl puts around numbers in right-to-left
// locales (ar-EG puts U+061C before the minus and U+200F after it); copying a
// formatted value brings them along.
// They cannot reorder digits. Overrides and isolates can, so those stay and
// make the input invalid: "\u202e12" displays as "21".
const DIRECTION_MARKS = /[\u061c\u200e\u200f]/g;
// Every Unicode space separator, tab and line break becomes one plain space.
const SPACES = /[\s\u00a0\u202f]/g;
const MINUS_SIGNS = ["-", "\u2212"];

const INVALID: ParseResult = { ok: false, error: "invalid" };

/**
 * Reads a number typed by a reader, following the locale's own conventions.
 * Every numeric field in every tool goes through this one policy:
 *
 * - Surrounding spaces (including no-break and narrow no-break spaces) are
 *   ignored; only spaces and nothing at all is `"empty"`.
 * - One currency marker may come before or after the number, with or without
 *   a space: "$1,200", "1.200 €", "CHF 50", "1 200 kr", "USD 12".
 * - One minus sign ("-" or "−") may lead, before or after a leading currency
 *   marker ("-$5", "$-5"). No plus sign. Range checks are the caller's job.
 * - The locale's decimal mark is the decimal mark (from
 *   `Intl.NumberFormat(locale).formatToParts`): "12.5" in en, "12,5" in de.
 *   A leading or trailing mark is fine (".5", "5.").
 * - The locale's group separator is accepted only between complete groups:
 *   one to three digits (not starting with 0), then groups of exactly three
 *   ("1,234,567.5" in en, "1.234,5" in de, "1 234,5" in fr). Locales that group
 *   Indian-style also accept "12,34,567". So "1,5" in en is invalid, never 15
 *   or 1.5, and no group separator may appear after the decimal mark.
 * - In a locale whose decimal mark is not "." (de, fr, …), "." is also read
 *   as the decimal mark when it cannot be a thousands separator: it is the
 *   only separator in the number, it appears once, and it is not followed by
 *   exactly three digits. So in de "12.5" is 12.5, "1.234" is 1234 (the
 *   locale's grouping), and in fr "1.234" is invalid because it could mean
 *   either. The reverse is not done: "," is never a decimal mark in en.
 * - The locale's own digits are accepted as well as ASCII digits.
 * - Anything else is `"invalid"`: hex ("0x10"), exponents ("1e3"), words
 *   ("Infinity", "NaN"), trailing junk ("12abc"), two decimal marks ("1.5.2"),
 *   and any input longer than {@link MAX_NUMBER_INPUT_LENGTH} characters.
 *
 * The result is always finite (64 digits cannot overflow a double) and never
 * -0.
 */
export function parseNumber(text: string, locale: string): ParseResult {
  if (typeof text !== "string" || text.length > MAX_NUMBER_INPUT_LENGTH) return INVALID;
  const cleaned = text.replace(DIRECTION_MARKS, "").replace(SPACES, " ").trim();
  if (cleaned === "") return { ok: false, error: "empty" };

  let rest = cleaned;
  let negative = false;
  let currency = false;

  const takeMinus = (): boolean => {
    const sign = MINUS_SIGNS.find((minus) => rest.startsWith(minus));
    if (sign === undefined) return true;
    if (negative) return false;
    negative = true;
    rest = rest.slice(sign.length);
    return true;
  };

  if (!takeMinus()) return INVALID;
  const prefix = findMarker(rest, "start");
  if (prefix !== undefined) {
    currency = true;
    rest = rest.slice(prefix.length).trimStart();
    if (!takeMinus()) return INVALID;
  }
  const suffix = findMarker(rest, "end");
  if (suffix !== undefined) {
    if (currency) return INVALID;
    rest = rest.slice(0, rest.length - suffix.length).trimEnd();
  }

  const canonical = canonicalDigits(rest, localeNumberSymbols(locale));
  if (canonical === null) return INVALID;
  const magnitude = Number(canonical);
  if (!Number.isFinite(magnitude)) return INVALID;
  // Negating zero would give -0; a zero is always plain 0.
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

function findMarker(text: string, where: "start" | "end"): string | undefined {
  return CURRENCY_MARKERS.find((marker) => {
    const candidate =
      where === "start" ? text.slice(0, marker.length) : text.slice(-marker.length);
    return candidate.toUpperCase() === marker.toUpperCase();
  });
}

/**
 * Turns the number part (no sign, no currency) into "123.45" with ASCII
 * digits, or null when it breaks the rules in {@link parseNumber}.
 */
function canonicalDigits(body: string, symbols: LocaleNumberSymbols): string | null {
  let text = body;
  if (symbols.decimal !== "." && usesDotAsDecimal(text, symbols)) {
    text = text.replace(".", symbols.decimal);
  }

  // Classify each character: ASCII digit, "d" for decimal, "g" for group.
  let shape = "";
  for (const char of text) {
    if (char >= "0" && char <= "9") shape += char;
    else if (symbols.digits.includes(char)) shape += String(symbols.digits.indexOf(char));
    else if (char === symbols.decimal) shape += "d";
    else if (symbols.group.includes(char)) shape += "g";
    else return null;
  }

  const [integerPart = "", fractionPart, extra] = shape.split("d");
  if (extra !== undefined) return null;
  if (fractionPart !== undefined && !/^\d*$/.test(fractionPart)) return null;
  const fraction = fractionPart ?? "";
  const integer = integerPart.includes("g")
    ? ungroup(integerPart, symbols.indianGrouping)
    : integerPart;
  if (integer === null || !/^\d*$/.test(integer)) return null;
  if (integer === "" && fraction === "") return null;
  return `${integer === "" ? "0" : integer}.${fraction === "" ? "0" : fraction}`;
}

/** The "." rule for decimal-comma locales; see {@link parseNumber}. */
function usesDotAsDecimal(text: string, symbols: LocaleNumberSymbols): boolean {
  if (text.includes(symbols.decimal)) return false;
  const dot = text.indexOf(".");
  if (dot === -1 || text.indexOf(".", dot + 1) !== -1) return false;
  const otherSeparator = [...text].some(
    (char) => char !== "." && symbols.group.includes(char),
  );
  return !otherSeparator && text.length - dot - 1 !== 3;
}

/** Checks group sizes and returns the digits alone, or null. */
function ungroup(grouped: string, indianGrouping: boolean): string | null {
  const groups = grouped.split("g");
  const [first = "", ...others] = groups;
  if (!/^[1-9]\d{0,2}$/.test(first)) return null;
  if (!others.every((group) => /^\d+$/.test(group))) return null;
  const western = others.every((group) => group.length === 3);
  const indian =
    indianGrouping &&
    first.length <= 2 &&
    others.every(
      (group, index) => group.length === (index === others.length - 1 ? 3 : 2),
    );
  return western || indian ? groups.join("") : null;
}
