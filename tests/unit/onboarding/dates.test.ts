import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  formatDueDate,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
  rhythmStep,
} from "~/lib/onboarding/dates";
import { isoDateArb } from "./arbitraries";

describe("daysInMonth", () => {
  it("gives 29 days to February in a leap year and 28 otherwise", () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
  });

  it("applies the century rule: 2000 is a leap year, 2100 is not", () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it("gives 31 days to December and 30 to April", () => {
    expect(daysInMonth(2027, 12)).toBe(31);
    expect(daysInMonth(2027, 4)).toBe(30);
  });
});

describe("parseIsoDate", () => {
  it("splits a real date into year, month and day", () => {
    expect(parseIsoDate("2027-01-05")).toEqual({ year: 2027, month: 1, day: 5 });
  });

  it("accepts Feb 29 in a leap year", () => {
    expect(parseIsoDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it.each([
    "2027-02-30",
    "2027-02-29",
    "2100-02-29",
    "2027-04-31",
    "2027-13-01",
    "2027-00-10",
  ])("rejects %s, which is not a day on the calendar", (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it.each([
    "2027-1-5",
    " 2027-01-05",
    "2027-01-05T00:00:00Z",
    "2027/01/05",
    "",
    "0000-01-01",
  ])("rejects %j, which is not a strict YYYY-MM-DD date", (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it("rejects values that are not strings", () => {
    for (const value of [20270105, null, undefined, {}, ["2027-01-05"], new Date(0)]) {
      expect(parseIsoDate(value)).toBeNull();
    }
  });

  it("reads back every date that formatIsoDate writes", () => {
    fc.assert(
      fc.property(isoDateArb, (date) => {
        const parts = parseIsoDate(date);
        expect(parts).not.toBeNull();
        if (parts) expect(formatIsoDate(parts)).toBe(date);
      }),
    );
  });
});

describe("isIsoDate", () => {
  it("is true for a real date and false for an impossible one", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
  });
});

describe("formatIsoDate", () => {
  it("pads the year to four digits and month and day to two", () => {
    expect(formatIsoDate({ year: 987, month: 3, day: 7 })).toBe("0987-03-07");
  });
});

describe("addDays", () => {
  it("crosses a month end: Jan 30 + 3 days is Feb 2", () => {
    expect(addDays("2027-01-30", 3)).toBe("2027-02-02");
  });

  it("lands on the leap day: Feb 28, 2028 + 1 day is Feb 29", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
  });

  it("goes back across a year end: Jan 5, 2027 - 28 days is Dec 8, 2026", () => {
    // Jan 5 - 5 days = Dec 31; 23 more days back = Dec 8.
    expect(addDays("2027-01-05", -28)).toBe("2026-12-08");
  });

  it("is undone by adding the same number of days back", () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -400, max: 400 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });

  it("throws a RangeError for a date that does not exist", () => {
    expect(() => addDays("2027-02-30", 1)).toThrow(RangeError);
  });
});

describe("addMonths", () => {
  it("clamps Jan 31 + 1 month to Feb 28 in 2027 and Feb 29 in 2028", () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
  });

  it("keeps the day when the target month is long enough: Jan 31 + 2 months is Mar 31", () => {
    expect(addMonths("2028-01-31", 2)).toBe("2028-03-31");
  });

  it("rolls over the year: Nov 15, 2027 + 3 months is Feb 15, 2028", () => {
    expect(addMonths("2027-11-15", 3)).toBe("2028-02-15");
  });

  it("goes back with a negative count: Mar 31 - 1 month is Feb 28", () => {
    expect(addMonths("2027-03-31", -1)).toBe("2027-02-28");
    expect(addMonths("2027-01-15", -1)).toBe("2026-12-15");
  });

  it("moves exactly n calendar months and never past the original day", () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -36, max: 36 }), (date, n) => {
        const before = parseIsoDate(date);
        const after = parseIsoDate(addMonths(date, n));
        expect(before && after).toBeTruthy();
        if (!before || !after) return;
        expect(after.year * 12 + after.month - (before.year * 12 + before.month)).toBe(n);
        expect(after.day).toBe(
          Math.min(before.day, daysInMonth(after.year, after.month)),
        );
      }),
    );
  });
});

describe("rhythmStep", () => {
  it("steps weekly by 7 days across the leap day: Feb 22, 2028 -> Feb 29 -> Mar 7", () => {
    expect(rhythmStep("2028-02-22", "weekly", 1)).toBe("2028-02-29");
    expect(rhythmStep("2028-02-22", "weekly", 2)).toBe("2028-03-07");
  });

  it("steps every two weeks by 14 days across a year end: Dec 25, 2027 -> Jan 8 -> Jan 22", () => {
    expect(rhythmStep("2027-12-25", "biweekly", 1)).toBe("2028-01-08");
    expect(rhythmStep("2027-12-25", "biweekly", 2)).toBe("2028-01-22");
  });

  it("steps monthly from Jan 31, 2028 to Feb 29, Mar 31, Apr 30 without drifting", () => {
    expect([1, 2, 3].map((n) => rhythmStep("2028-01-31", "monthly", n))).toEqual([
      "2028-02-29",
      "2028-03-31",
      "2028-04-30",
    ]);
  });

  it("steps monthly from Jan 31, 2027 to Feb 28", () => {
    expect(rhythmStep("2027-01-31", "monthly", 1)).toBe("2027-02-28");
  });

  it("gives the start itself as step 0", () => {
    expect(rhythmStep("2027-01-05", "monthly", 0)).toBe("2027-01-05");
  });

  it("gives strictly later dates for later steps", () => {
    fc.assert(
      fc.property(
        isoDateArb,
        fc.constantFrom("weekly", "biweekly", "monthly" as const),
        fc.integer({ min: 0, max: 24 }),
        (start, rhythm, n) => {
          expect(rhythmStep(start, rhythm, n + 1) > rhythmStep(start, rhythm, n)).toBe(
            true,
          );
        },
      ),
    );
  });
});

describe("daysBetween", () => {
  it("counts 29 days across February 2028 and 28 across February 2027", () => {
    expect(daysBetween("2028-02-01", "2028-03-01")).toBe(29);
    expect(daysBetween("2027-02-01", "2027-03-01")).toBe(28);
  });

  it("is negative when the second date is earlier", () => {
    expect(daysBetween("2027-01-05", "2026-12-08")).toBe(-28);
  });
});

describe("formatDueDate", () => {
  it("writes Jan 5, 2027 without a leading zero", () => {
    expect(formatDueDate("2027-01-05")).toBe("Jan 5, 2027");
  });

  it("writes the leap day as Feb 29, 2028", () => {
    expect(formatDueDate("2028-02-29")).toBe("Feb 29, 2028");
  });
});
