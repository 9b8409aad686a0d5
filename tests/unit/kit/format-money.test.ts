import { describe, expect, it } from "vitest";
import { formatMoney } from "~/lib/format/format-money";

describe("formatMoney", () => {
  it("shows whole units from 100 up", () => {
    expect(formatMoney(1200, "USD", "en-US")).toBe("$1,200");
    expect(formatMoney(100, "USD", "en-US")).toBe("$100");
    // 1,234.56 rounds to 1,235.
    expect(formatMoney(1234.56, "USD", "en-US")).toBe("$1,235");
    expect(formatMoney(-250, "USD", "en-US")).toBe("-$250");
  });

  it("shows cents below 100", () => {
    expect(formatMoney(12.5, "USD", "en-US")).toBe("$12.50");
    expect(formatMoney(99.99, "USD", "en-US")).toBe("$99.99");
  });

  it("follows the locale and the currency", () => {
    expect(formatMoney(1234, "EUR", "de-DE")).toBe("1.234\u00a0€");
    expect(formatMoney(12.5, "GBP", "en-GB")).toBe("£12.50");
    expect(formatMoney(150000, "INR", "en-IN")).toBe("₹1,50,000");
  });

  it("keeps yen whole even below 100, as yen has no minor unit", () => {
    expect(formatMoney(12.5, "JPY", "ja-JP")).toBe("￥13");
  });

  it("accepts a lower-case currency code", () => {
    expect(formatMoney(12.5, "usd", "en-US")).toBe("$12.50");
  });

  it("shows a plain number rather than throwing for a malformed currency code", () => {
    expect(formatMoney(12.5, "US", "en-US")).toBe("12.5");
    expect(formatMoney(12.5, "<b>", "en-US")).toBe("12.5");
  });

  it("prints an em dash instead of NaN or Infinity", () => {
    expect(formatMoney(Number.NaN, "USD", "en-US")).toBe("—");
    expect(formatMoney(Number.POSITIVE_INFINITY, "EUR", "de-DE")).toBe("—");
  });

  it("never prints a negative zero amount", () => {
    expect(formatMoney(-0, "USD", "en-US")).toBe("$0.00");
    expect(formatMoney(-0.001, "USD", "en-US")).toBe("$0.00");
  });
});
