import { describe, expect, it } from "vitest";
import { localIsoDate } from "~/lib/format/local-date";

describe("localIsoDate", () => {
  it("gives the reader's calendar day, padded, late at night too", () => {
    expect(localIsoDate(new Date(2027, 0, 4, 23, 59))).toBe("2027-01-04");
    expect(localIsoDate(new Date(2026, 11, 31, 0, 0))).toBe("2026-12-31");
  });
});
