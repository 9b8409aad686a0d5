import { describe, expect, it } from "vitest";
import { defaultCurrency, SUPPORTED_CURRENCIES } from "~/lib/format/default-currency";

describe("defaultCurrency", () => {
  it.each([
    ["en-US", "USD"],
    ["de-DE", "EUR"],
    ["fr", "EUR"],
    ["es-ES", "EUR"],
    ["fr-CA", "CAD"],
    ["en-CA", "CAD"],
    ["en-GB", "GBP"],
    ["en-AU", "AUD"],
    ["en-NZ", "NZD"],
    ["en-IN", "INR"],
    ["hi", "INR"],
    ["de-CH", "CHF"],
    ["sv-SE", "SEK"],
    ["ja", "JPY"],
    ["en", "USD"],
  ])("picks the currency of %s's region: %s", (locale, expected) => {
    expect(defaultCurrency(locale)).toBe(expected);
  });

  it("falls back to USD for regions outside the list", () => {
    expect(defaultCurrency("pt-BR")).toBe("USD");
    expect(defaultCurrency("zh-CN")).toBe("USD");
  });

  it("falls back to USD for a malformed or empty locale", () => {
    expect(defaultCurrency("")).toBe("USD");
    expect(defaultCurrency("not a locale!")).toBe("USD");
    expect(defaultCurrency("__proto__")).toBe("USD");
  });

  it("only ever returns a supported currency", () => {
    for (const locale of [
      "en-US",
      "de-AT",
      "fr-BE",
      "it-IT",
      "nl-NL",
      "ga-IE",
      "xx-YY",
    ]) {
      expect(SUPPORTED_CURRENCIES).toContain(defaultCurrency(locale));
    }
  });

  it.each([
    ["zh-Hant-TW", "TW", "USD"],
    ["sr-Latn-RS", "RS", "USD"],
    ["es-419", "419", "USD"],
    ["en-US-u-nu-arab", "US", "USD"],
    ["de-DE-1996", "DE", "EUR"],
    ["fr-ca", "CA", "CAD"],
    ["yue-Hant-HK", "HK", "USD"],
    ["en-GB-oxendict", "GB", "GBP"],
    ["de-AT-u-co-phonebk", "AT", "EUR"],
  ])(
    "reads the region %s names (%s) as Intl.Locale does: %s",
    (tag, region, currency) => {
      expect(new Intl.Locale(tag).region).toBe(region);
      expect(defaultCurrency(tag)).toBe(currency);
    },
  );
});
