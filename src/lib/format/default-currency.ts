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

// Euro area members (Bulgaria from 2026) and the microstates and territories
// that use the euro by agreement.
const EURO_REGIONS = new Set(
  "AT BE BG CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK AD MC SM VA ME XK".split(
    " ",
  ),
);

const OTHER_REGIONS: Readonly<Record<string, SupportedCurrency>> = {
  GB: "GBP",
  CA: "CAD",
  AU: "AUD",
  NZ: "NZD",
  IN: "INR",
  CH: "CHF",
  LI: "CHF",
  SE: "SEK",
  JP: "JPY",
};

/**
 * Guesses the reader's currency from their locale's region ("de-DE" → EUR,
 * "fr-CA" → CAD; a bare language is expanded to its likeliest region, so
 * "ja" → JPY). Anything else, including a malformed locale, gives USD.
 */
export function defaultCurrency(locale: string): SupportedCurrency {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return "USD";
  }
  if (region === undefined) return "USD";
  if (EURO_REGIONS.has(region)) return "EUR";
  return Object.hasOwn(OTHER_REGIONS, region) ? (OTHER_REGIONS[region] ?? "USD") : "USD";
}
