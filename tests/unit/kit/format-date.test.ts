import { describe, expect, it, vi } from "vitest";
import { formatDate } from "~/lib/format/format-date";

describe("formatDate", () => {
  it("writes a medium English date in every locale, with the locale's digits", () => {
    const day = new Date("2027-01-05");
    expect(formatDate(day, "en-US")).toBe("Jan 5, 2027");
    expect(formatDate(day, "de-DE")).toBe("Jan 5, 2027");
    expect(formatDate(day, "fr-FR")).toBe("Jan 5, 2027");
    expect(formatDate(day, "ja-JP")).toBe("Jan 5, 2027");
    expect(formatDate(day, "hi-IN")).toBe("Jan 5, 2027");
    expect(formatDate(day, "ar-EG")).toBe("Jan ٥, ٢٠٢٧");
  });

  it("reads the date in UTC, so late evening UTC is still the same day everywhere", () => {
    expect(formatDate(new Date(Date.UTC(2027, 0, 5, 23, 59)), "en-US")).toBe(
      "Jan 5, 2027",
    );
    expect(formatDate(new Date(Date.UTC(2027, 0, 5, 0, 0)), "en-US")).toBe("Jan 5, 2027");
  });

  it("prints an em dash for an invalid date", () => {
    expect(formatDate(new Date("not a date"), "en-US")).toBe("—");
  });

  it("formats a day once per locale and reuses the text after that", () => {
    const day = new Date("2031-03-14");
    // `format` is an accessor on Intl.DateTimeFormat.prototype (it returns a bound
    // function), so the spy counts how often a text is really formatted.
    const prototype = Intl.DateTimeFormat.prototype as unknown as { format: unknown };
    const format = vi.spyOn(prototype, "format", "get");
    try {
      expect(formatDate(day, "en-GB")).toBe("Mar 14, 2031");
      expect(formatDate(new Date(day), "en-GB")).toBe("Mar 14, 2031");
      expect(format).toHaveBeenCalledTimes(1);
      // Another locale is another text, never the first one's.
      expect(formatDate(day, "ar-EG")).toBe("Mar ١٤, ٢٠٣١");
      expect(format).toHaveBeenCalledTimes(2);
    } finally {
      format.mockRestore();
    }
  });
});
