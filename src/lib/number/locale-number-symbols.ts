import { cachedNumberFormat } from "../format/cached-number-format";

/** How a locale writes numbers, as far as parsing needs to know. */
export interface LocaleNumberSymbols {
  /** Decimal mark: "." in en, "," in de and fr, "٫" in ar-EG. */
  decimal: string;
  /**
   * Characters accepted as the group separator. Locales that group with a
   * space accept any space (Intl uses a narrow no-break space in fr, readers
   * type an ordinary one); Swiss locales accept both apostrophes. Empty when
   * the locale does not group.
   */
  group: readonly string[];
  /** Groups of two above the last three digits, as in en-IN ("12,34,567"). */
  indianGrouping: boolean;
  /** The locale's own digits, zero to nine (ASCII digits are always accepted too). */
  digits: readonly string[];
}

const cache = new Map<string, LocaleNumberSymbols>();
const SPACES = [" ", "\u00a0", "\u202f"];
const APOSTROPHES = ["'", "\u2019"];

/** Reads the symbols from `Intl.NumberFormat`. */
function symbolsFromIntl(locale: string): LocaleNumberSymbols {
  const parts = cachedNumberFormat(locale).formatToParts(1234567.5);
  const decimal = parts.find((part) => part.type === "decimal")?.value ?? ".";
  const groupMark = parts.find((part) => part.type === "group")?.value;
  const integerLengths = parts
    .filter((part) => part.type === "integer")
    .map((part) => part.value.length);
  const plain = cachedNumberFormat(locale, { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, digit) => plain.format(digit));

  let group: readonly string[] = [];
  if (groupMark !== undefined) {
    if (SPACES.includes(groupMark)) group = SPACES;
    else if (APOSTROPHES.includes(groupMark)) group = APOSTROPHES;
    else group = [groupMark];
  }
  return {
    decimal,
    group,
    // 1234567 is written 12,34,567 by Indian-style locales: a middle group of two.
    indianGrouping: integerLengths.length === 3 && integerLengths[1] === 2,
    digits,
  };
}

/**
 * Reads a locale's decimal mark, group separator, grouping style and digits
 * from `Intl.NumberFormat`, so parsing follows exactly what the formatters
 * print for the same locale.
 */
export function localeNumberSymbols(locale: string): LocaleNumberSymbols {
  let symbols = cache.get(locale);
  if (symbols === undefined) {
    symbols = symbolsFromIntl(locale);
    // Only the handful of locales a reader has ever used end up here.
    if (cache.size < 64) cache.set(locale, symbols);
  }
  return symbols;
}
