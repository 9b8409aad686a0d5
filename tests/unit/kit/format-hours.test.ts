import { describe, expect, it } from "vitest";
import { formatHours } from "~/lib/format/format-hours";

describe("formatHours", () => {
  it.each([
    [45, "45 minutes"],
    [1, "1 minute"],
    [0, "0 minutes"],
    [60, "1 hour"],
    // 750 / 60 = 12.5
    [750, "12.5 hours"],
    // 59.7 rounds to 60 minutes, which is an hour.
    [59.7, "1 hour"],
    // 62 / 60 = 1.03…, one decimal gives 1.
    [62, "1 hour"],
    [-90, "-1.5 hours"],
    [-0, "0 minutes"],
    [-0.2, "0 minutes"],
  ])("writes %d minutes as %j", (minutes, expected) => {
    expect(formatHours(minutes, "en-US")).toBe(expected);
  });

  it("writes English units in every locale, with the locale's digits and decimal mark", () => {
    expect(formatHours(750, "de-DE")).toBe("12,5 hours");
    expect(formatHours(45, "fr-FR")).toBe("45 minutes");
    expect(formatHours(2478, "ja-JP")).toBe("41.3 hours");
    expect(formatHours(60, "hi-IN")).toBe("1 hour");
    expect(formatHours(750, "ar-EG")).toBe("١٢٫٥ hours");
    expect(formatHours(1, "de-DE")).toBe("1 minute");
  });

  it("prints an em dash instead of NaN or Infinity", () => {
    expect(formatHours(Number.NaN, "en-US")).toBe("—");
    expect(formatHours(Number.NEGATIVE_INFINITY, "en-US")).toBe("—");
  });
});
