import { formatWith } from "./cached-number-format";
import { formatNumber } from "./format-number";
import { NOT_AVAILABLE } from "./not-available";

/**
 * Formats an amount of money in `currency` (an ISO 4217 code such as "USD")
 * for the reader's locale: whole units from 100 up ("$1,200"), the currency's
 * usual decimals below that ("$12.50", but "¥12" for yen). Non-finite input
 * gives "—"; amounts that round to zero never show a minus sign. A code that is
 * not three letters is a programming error upstream; rather than throw inside
 * a render, the amount is shown as a plain number.
 */
export function formatMoney(value: number, currency: string, locale: string): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  if (!/^[A-Za-z]{3}$/.test(currency)) return formatNumber(value, locale, 2);
  const options: Intl.NumberFormatOptions = {
    style: "currency",
    currency: currency.toUpperCase(),
    signDisplay: "negative",
  };
  if (Math.abs(value) >= 100) {
    options.minimumFractionDigits = 0;
    options.maximumFractionDigits = 0;
  }
  return formatWith(locale, options, value);
}
