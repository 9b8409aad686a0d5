import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { occurrencesOverHorizon } from "~/lib/break-even/occurrences";
import {
  WORTH_TABLE_FREQUENCIES,
  WORTH_TABLE_MINUTES_SAVED,
  worthTable,
} from "~/lib/break-even/worth-table";

const rowById = (months: number, id: string) =>
  worthTable(months).rows.find((row) => row.frequency.id === id)!;

describe("WORTH_TABLE_FREQUENCIES", () => {
  it("runs from every workday to once a year, most frequent first", () => {
    expect(WORTH_TABLE_FREQUENCIES.map((f) => f.id)).toEqual([
      "workdays",
      "weekly",
      "monthly",
      "yearly",
    ]);
    const perYear = WORTH_TABLE_FREQUENCIES.map((f) =>
      occurrencesOverHorizon({ freq: f.freq, per: f.per, months: 12 }),
    );
    expect(perYear).toEqual([260, 52, 12, 1]);
  });
});

describe("WORTH_TABLE_MINUTES_SAVED", () => {
  it("offers 1 to 120 minutes saved, in ascending order", () => {
    expect(WORTH_TABLE_MINUTES_SAVED).toEqual([1, 5, 15, 30, 60, 120]);
  });
});

describe("worthTable", () => {
  it("allows 31,200 minutes of setup for a daily task saving 2 hours, over a year (120 × 260)", () => {
    expect(rowById(12, "workdays").setupMinutes.at(-1)).toBe(31_200);
  });

  it("allows 260 minutes for a daily task saving one minute over a year (1 × 5 × 52)", () => {
    expect(rowById(12, "workdays").setupMinutes[0]).toBe(260);
  });

  it("allows just the minutes saved once for a yearly task over a year", () => {
    expect(rowById(12, "yearly").setupMinutes).toEqual([1, 5, 15, 30, 60, 120]);
  });

  it("allows five times as much for a yearly task over 60 months (5 occurrences)", () => {
    expect(rowById(60, "yearly").setupMinutes).toEqual([5, 25, 75, 150, 300, 600]);
  });

  it("counts a yearly task once even over a 6-month horizon (6/12 rounds down to 0, at least 1)", () => {
    expect(rowById(6, "yearly").occurrences).toBe(1);
  });

  it("counts 4 weekly occurrences over 1 month (52/12 = 4.33)", () => {
    expect(rowById(1, "weekly").setupMinutes).toEqual([4, 20, 60, 120, 240, 480]);
  });

  it("clamps the horizon to 1–60 whole months and falls back to 12 for NaN", () => {
    expect(worthTable(0).months).toBe(1);
    expect(worthTable(100).months).toBe(60);
    expect(worthTable(7.4).months).toBe(7);
    expect(worthTable(Number.NaN).months).toBe(12);
  });

  it("has one row per frequency and one cell per column, each minutes saved × occurrences", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (months) => {
        const table = worthTable(months);
        expect(table.rows.map((row) => row.frequency)).toEqual(WORTH_TABLE_FREQUENCIES);
        expect(table.minutesSaved).toEqual(WORTH_TABLE_MINUTES_SAVED);
        for (const row of table.rows) {
          expect(row.occurrences).toBe(
            occurrencesOverHorizon({ ...row.frequency, months }),
          );
          expect(row.setupMinutes).toEqual(
            WORTH_TABLE_MINUTES_SAVED.map((saved) => saved * row.occurrences),
          );
        }
      }),
    );
  });

  it("never allows less setup over a longer horizon", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 59 }), (months) => {
        const shorter = worthTable(months).rows;
        const longer = worthTable(months + 1).rows;
        shorter.forEach((row, r) =>
          row.setupMinutes.forEach((cell, c) =>
            expect(longer[r]!.setupMinutes[c]).toBeGreaterThanOrEqual(cell),
          ),
        );
      }),
    );
  });
});
