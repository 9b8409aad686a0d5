import { describe, expect, it, vi } from "vitest";
import { formatDate } from "~/lib/format/format-date";

describe("formatDate", () => {
  it("writes a medium date for the locale", () => {
    expect(formatDate(new Date("2027-01-05"), "en-US")).toBe("Jan 5, 2027");
    expect(formatDate(new Date("2027-01-05"), "de-DE")).toBe("05.01.2027");
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
      expect(formatDate(day, "en-GB")).toBe("14 Mar 2031");
      expect(formatDate(new Date(day), "en-GB")).toBe("14 Mar 2031");
      expect(format).toHaveBeenCalledTimes(1);
      // Another locale is another text, never the first one's.
      expect(formatDate(day, "de-DE")).toBe("14.03.2031");
      expect(format).toHaveBeenCalledTimes(2);
    } finally {
      format.mockRestore();
    }
  });
});
