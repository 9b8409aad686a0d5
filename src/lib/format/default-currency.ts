/** Currencies the tools offer, in the order a currency picker lists them. */
export const SUPPORTED_CURRENCIES = [
  "USD",
  "EUR",
  "GBP",
  "CAD",
  "AUD",
  "NZD",
  "INR",
  "CHF",
  "SEK",
  "JPY",
] as const;

/** One of {@link SUPPORTED_CURRENCIES}. */
export type SupportedCurrency = (typeof SUPPORTED_CURRENCIES)[number];

/**
 * The currency every tool starts in, whatever the reader's locale. The
 * defaults, presets and articles' examples are amounts sized in dollars
 * ("$25 a time", "$60 an hour"); guessing yen from a ja-JP browser showed
 * "¥25 a time". So the currency is the reader's choice, never a guess.
 */
export const DEFAULT_CURRENCY: SupportedCurrency = "USD";
