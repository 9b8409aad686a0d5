import { formatWith } from "./cached-number-format";
import { NOT_AVAILABLE } from "./not-available";

/**
 * Formats a plain number for the reader's locale ("12,345.5" in en-US,
 * "12.345,5" in de-DE), with at most `maxFractionDigits` decimals and no
 * trailing zeros. Non-finite input gives "—"; values that round to zero never
 * show a minus sign.
 */
export function formatNumber(
  value: number,
  locale: string,
  maxFractionDigits = 1,
): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  const digits = Number.isFinite(maxFractionDigits)
    ? Math.min(100, Math.max(0, Math.trunc(maxFractionDigits)))
    : 1;
  // signDisplay "negative" drops the sign of -0 and of values like -0.01 that
  // round to zero, which "auto" would print as "-0".
  return formatWith(
    locale,
    { maximumFractionDigits: digits, signDisplay: "negative" },
    value,
  );
}
