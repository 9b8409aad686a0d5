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

// A tag that names its region ("en-US", "zh-Hant-TW", "es-419") gives it
// away without Intl: the first Intl object a page makes costs tens of
// milliseconds of set-up, and an Intl.Locale made first costs that again on top
// of the number formatters' own (measured in Chromium), so only a bare
// language ("ja") goes through Intl.Locale to find its likeliest region.
const WELL_FORMED = /^[a-z]{2,8}(?:-[a-z\d]{1,8})*$/i;
const REGION = /^[a-z]{2,8}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?-([a-z]{2}|\d{3})(?:-|$)/i;

/** The region a locale names or implies, or undefined (also for a malformed locale). */
function regionOf(locale: string): string | undefined {
  if (!WELL_FORMED.test(locale)) return undefined;
  const named = REGION.exec(locale)?.[1];
  if (named !== undefined) return named.toUpperCase();
  try {
    return new Intl.Locale(locale).maximize().region;
  } catch {
    return undefined;
  }
}

/**
 * Guesses the reader's currency from their locale's region ("de-DE" → EUR,
 * "fr-CA" → CAD; a bare language is expanded to its likeliest region, so
 * "ja" → JPY). Anything else, including a malformed locale, gives USD.
 */
export function defaultCurrency(locale: string): SupportedCurrency {
  const region = regionOf(locale);
  if (region === undefined) return "USD";
  if (EURO_REGIONS.has(region)) return "EUR";
  return Object.hasOwn(OTHER_REGIONS, region) ? (OTHER_REGIONS[region] ?? "USD") : "USD";
}
