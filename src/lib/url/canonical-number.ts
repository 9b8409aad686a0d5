/** Decimal places kept when a number is written to a URL. */
export const URL_FRACTION_DIGITS = 6;

/** The only number shape read from a URL: plain decimal, "." mark, no grouping or exponent. */
export const CANONICAL_NUMBER = /^-?\d+(\.\d+)?$/;

/** Longest number accepted from a URL; 1e9 with six decimals and a sign fits. */
export const MAX_CANONICAL_LENGTH = 20;

/**
 * Writes a finite number as URL text: rounded to six decimals (a link has no
 * use for more, and it keeps every value short), plain digits with a "."
 * mark, never an exponent and never "-0". Meant for |value| ≤ 1e9, which
 * defineCodec enforces for its ranges.
 */
export function toCanonicalNumber(value: number): string {
  const scale = 10 ** URL_FRACTION_DIGITS;
  const rounded = Math.round(value * scale) / scale;
  // Multiples of 1e-6 within ±1e9 never print with an exponent; `|| 0` turns -0 into 0.
  return String(rounded || 0);
}

/** Reads a canonical number, or null for any other text (see {@link CANONICAL_NUMBER}). */
export function fromCanonicalNumber(text: string): number | null {
  if (text.length > MAX_CANONICAL_LENGTH || !CANONICAL_NUMBER.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value || 0 : null;
}
