import { describe, expect, it } from "vitest";
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
});
