import { describe, expect, it } from "vitest";
import { cachedDateFormat } from "~/lib/format/cached-date-format";
import { cachedNumberFormat } from "~/lib/format/cached-number-format";

describe("cachedNumberFormat", () => {
  it("hands out the same formatter for the same locale and options", () => {
    const first = cachedNumberFormat("de-DE", { maximumFractionDigits: 2 });
    expect(cachedNumberFormat("de-DE", { maximumFractionDigits: 2 })).toBe(first);
    expect(cachedNumberFormat("de-DE", { maximumFractionDigits: 3 })).not.toBe(first);
    expect(cachedNumberFormat("fr-FR", { maximumFractionDigits: 2 })).not.toBe(first);
  });

  it("keeps working after many locales have filled the cache", () => {
    for (let i = 0; i < 200; i += 1)
      cachedNumberFormat("en-US", { maximumFractionDigits: i % 100 });
    expect(cachedNumberFormat("en-US", { maximumFractionDigits: 1 }).format(1.25)).toBe(
      "1.3",
    );
  });

  it("falls back to en-US for a malformed locale", () => {
    expect(cachedNumberFormat("en_US!!").resolvedOptions().locale).toBe("en-US");
  });
});

describe("cachedDateFormat", () => {
  it("hands out the same formatter for the same locale and options", () => {
    const first = cachedDateFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
    expect(cachedDateFormat("en-GB", { dateStyle: "long", timeZone: "UTC" })).toBe(first);
    expect(cachedDateFormat("en-GB", { dateStyle: "short", timeZone: "UTC" })).not.toBe(
      first,
    );
  });

  it("falls back to en-US for a malformed locale", () => {
    expect(cachedDateFormat("", { timeZone: "UTC" }).resolvedOptions().locale).toBe(
      "en-US",
    );
  });
});
