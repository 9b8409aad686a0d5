import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Period } from "~/lib/break-even/inputs";
import { occurrenceDate } from "~/lib/break-even/occurrence-date";
import { monthsToReach, occurrencesOverHorizon } from "~/lib/break-even/occurrences";

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date | null): string | null =>
  date === null ? null : date.toISOString().slice(0, 10);

const recurring = fc.constantFrom<Exclude<Period, "once">>("week", "month", "year");
const anyFreq = fc.integer({ min: 1, max: 1_000 });
const anyMonths = fc.integer({ min: 1, max: 60 });
// Start dates from 1900 to 2200 (UTC midnight), enough to cross many leap years.
const anyStart = fc
  .integer({
    min: Date.UTC(1900, 0, 1) / 86_400_000,
    max: Date.UTC(2200, 0, 1) / 86_400_000,
  })
  .map((day) => new Date(day * 86_400_000));

describe("occurrencesOverHorizon", () => {
  it.each([
    // [freq, per, months, expected, arithmetic]
    [2, "week", 12, 104, "2 × 52/12 × 12 = 104"],
    [3, "week", 12, 156, "3 × 52/12 × 12 = 156 exactly, not 155"],
    [1, "week", 1, 4, "1 × 52/12 × 1 = 4.33 -> 4"],
    [5, "week", 1, 21, "5 × 52/12 × 1 = 21.67 -> 21"],
    [3, "month", 7, 21, "3 × 7 = 21"],
    [1, "year", 60, 5, "1 × 60/12 = 5"],
    [1, "year", 6, 1, "1 × 6/12 = 0.5 -> 0, raised to at least 1"],
    [1000, "once", 60, 1, "once is a single occurrence whatever freq says"],
  ] as const)(
    "%i per %s over %i months is %i (%s)",
    (freq, per, months, expected, _arithmetic) => {
      expect(occurrencesOverHorizon({ freq, per, months })).toBe(expected);
    },
  );

  it("is the whole part of the exact count for weekly tasks (12n ≤ 52·freq·months < 12(n+1))", () => {
    fc.assert(
      fc.property(anyFreq, anyMonths, (freq, months) => {
        const n = occurrencesOverHorizon({ freq, per: "week", months });
        const twelfths = 52 * freq * months;
        expect(12 * n).toBeLessThanOrEqual(Math.max(12, twelfths));
        expect(twelfths).toBeLessThan(12 * (n + 1));
      }),
    );
  });

  it("is a whole number of at least 1 that never falls as the horizon grows", () => {
    fc.assert(
      fc.property(anyFreq, recurring, anyMonths, (freq, per, months) => {
        const n = occurrencesOverHorizon({ freq, per, months });
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(1);
        if (months < 60) {
          expect(
            occurrencesOverHorizon({ freq, per, months: months + 1 }),
          ).toBeGreaterThanOrEqual(n);
        }
      }),
    );
  });
});

describe("monthsToReach", () => {
  it.each([
    [24, 1, "month", 24, "24 monthly occurrences take 24 months"],
    [5, 1, "year", 60, "5 yearly occurrences take 60 months"],
    [12, 2, "week", 2, "2 a week: 8 in one month (104/12 = 8.67), 17 in two"],
    [1, 1, "year", 1, "the first yearly occurrence counts within any horizon"],
  ] as const)(
    "reaches %i at %i per %s in %i months (%s)",
    (count, freq, per, expected, _why) => {
      expect(monthsToReach(count, { freq, per })).toBe(expected);
    },
  );

  it("reaches a single occurrence of a one-off task but never a second", () => {
    expect(monthsToReach(1, { freq: 1, per: "once" })).toBe(1);
    expect(monthsToReach(2, { freq: 1, per: "once" })).toBeNull();
  });

  it("returns the fewest months that reach the count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        anyFreq,
        recurring,
        (count, freq, per) => {
          const months = monthsToReach(count, { freq, per });
          expect(months).not.toBeNull();
          const m = months ?? 0;
          expect(occurrencesOverHorizon({ freq, per, months: m })).toBeGreaterThanOrEqual(
            count,
          );
          if (m > 1) {
            expect(occurrencesOverHorizon({ freq, per, months: m - 1 })).toBeLessThan(
              count,
            );
          }
        },
      ),
    );
  });
});

describe("occurrenceDate", () => {
  it("puts the first occurrence on the start date, ignoring the time of day", () => {
    const start = new Date("2028-02-29T15:30:00Z");
    expect(iso(occurrenceDate(start, 1, { freq: 3, per: "week" }))).toBe("2028-02-29");
    expect(occurrenceDate(start, 1, { freq: 3, per: "week" })?.getUTCHours()).toBe(0);
  });

  it.each([
    ["2028-01-31", 2, "2028-02-29", "31 January -> 29 February in a leap year"],
    ["2028-01-31", 3, "2028-03-31", "back to the 31st, not stuck on the 29th"],
    ["2028-01-31", 4, "2028-04-30", "April has 30 days"],
    ["2027-01-31", 2, "2027-02-28", "28 February outside a leap year"],
    ["2027-12-15", 2, "2028-01-15", "across the year end"],
  ])("monthly from %s: occurrence %i is %s (%s)", (start, k, expected) => {
    expect(iso(occurrenceDate(utc(start), k, { freq: 1, per: "month" }))).toBe(expected);
  });

  it.each([
    ["2028-02-29", 2, "2029-02-28", "no 29 February in 2029"],
    ["2028-02-29", 5, "2032-02-29", "the 29th returns in the next leap year"],
    ["2027-03-01", 2, "2028-03-01", "a leap day in between changes nothing"],
  ])("yearly from %s: occurrence %i is %s (%s)", (start, k, expected) => {
    expect(iso(occurrenceDate(utc(start), k, { freq: 1, per: "year" }))).toBe(expected);
  });

  it.each([
    ["2028-02-26", 1, 2, "2028-03-04", "26 Feb + 7 days in a leap year"],
    ["2027-02-26", 1, 2, "2027-03-05", "26 Feb + 7 days in a common year"],
    ["2027-12-29", 1, 2, "2028-01-05", "across the year end"],
    ["2028-02-27", 2, 2, "2028-03-01", "2 a week: 3.5 days apart, rounded down to 3"],
    ["2028-02-27", 2, 3, "2028-03-05", "2 a week: the third is a week after the first"],
  ])(
    "weekly from %s, %i a week: occurrence %i is %s (%s)",
    (start, freq, k, expected) => {
      expect(iso(occurrenceDate(utc(start), k, { freq, per: "week" }))).toBe(expected);
    },
  );

  it.each([
    [2, "2028-02-15", "halfway through February's 29 days: 14.5 -> 14"],
    [3, "2028-03-01", "the next month starts the next pair"],
    [4, "2028-03-16", "halfway through March's 31 days: 15.5 -> 15"],
  ])("twice a month from 2028-02-01: occurrence %i is %s (%s)", (k, expected) => {
    expect(iso(occurrenceDate(utc("2028-02-01"), k, { freq: 2, per: "month" }))).toBe(
      expected,
    );
  });

  it("has no second occurrence of a one-off task", () => {
    expect(iso(occurrenceDate(utc("2028-02-29"), 1, { freq: 5, per: "once" }))).toBe(
      "2028-02-29",
    );
    expect(occurrenceDate(utc("2028-02-29"), 2, { freq: 5, per: "once" })).toBeNull();
  });

  it("counts k below 1 as the first occurrence and rounds fractions down", () => {
    const schedule = { freq: 1, per: "week" } as const;
    expect(iso(occurrenceDate(utc("2028-01-01"), 0, schedule))).toBe("2028-01-01");
    expect(iso(occurrenceDate(utc("2028-01-01"), 2.7, schedule))).toBe("2028-01-08");
  });

  it("returns null rather than an invalid date far in the future or for a non-finite k", () => {
    expect(occurrenceDate(utc("2028-01-01"), 1e9, { freq: 1, per: "year" })).toBeNull();
    expect(occurrenceDate(utc("2028-01-01"), 1e12, { freq: 1, per: "week" })).toBeNull();
    expect(
      occurrenceDate(utc("2028-01-01"), Infinity, { freq: 1, per: "month" }),
    ).toBeNull();
  });

  it("keeps two-digit years as they are instead of moving them to the 1900s", () => {
    const start = new Date(0);
    start.setUTCFullYear(50, 0, 31);
    const date = occurrenceDate(start, 2, { freq: 1, per: "month" });
    expect(date?.getUTCFullYear()).toBe(50);
    expect(date?.getUTCMonth()).toBe(1);
    expect(date?.getUTCDate()).toBe(28);
  });

  it("throws a RangeError for an invalid start date", () => {
    expect(() => occurrenceDate(new Date("nope"), 1, { freq: 1, per: "week" })).toThrow(
      RangeError,
    );
  });

  it("never goes backwards as k grows", () => {
    fc.assert(
      fc.property(
        anyStart,
        anyFreq,
        recurring,
        fc.integer({ min: 1, max: 5_000 }),
        (start, freq, per, k) => {
          const here = occurrenceDate(start, k, { freq, per });
          const next = occurrenceDate(start, k + 1, { freq, per });
          expect(here).not.toBeNull();
          expect(next).not.toBeNull();
          expect(next!.getTime()).toBeGreaterThanOrEqual(here!.getTime());
        },
      ),
    );
  });

  it("lands every freq-th occurrence on the start's day, clamped to short months", () => {
    fc.assert(
      fc.property(
        anyStart,
        fc.integer({ min: 1, max: 12 }),
        recurring,
        fc.integer({ min: 0, max: 200 }),
        (start, freq, per, periods) => {
          const date = occurrenceDate(start, 1 + periods * freq, { freq, per })!;
          if (per === "week") {
            expect((date.getTime() - start.getTime()) / 86_400_000).toBe(7 * periods);
            return;
          }
          const monthsAhead = per === "month" ? periods : 12 * periods;
          const total = start.getUTCMonth() + monthsAhead;
          const year = start.getUTCFullYear() + Math.floor(total / 12);
          const month = total % 12;
          const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
          expect([date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]).toEqual([
            year,
            month,
            Math.min(start.getUTCDate(), lastDay),
          ]);
        },
      ),
    );
  });

  it("returns UTC midnights only", () => {
    fc.assert(
      fc.property(
        anyStart,
        anyFreq,
        recurring,
        fc.integer({ min: 1, max: 5_000 }),
        (start, freq, per, k) => {
          // Math.abs: times before 1970 are negative and leave a remainder of -0.
          expect(
            Math.abs(occurrenceDate(start, k, { freq, per })!.getTime() % 86_400_000),
          ).toBe(0);
        },
      ),
    );
  });
});
