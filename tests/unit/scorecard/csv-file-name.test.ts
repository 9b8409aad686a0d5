import { describe, expect, it } from "vitest";
import { csvFileName } from "~/lib/scorecard/csv-file-name";

describe("csvFileName", () => {
  it("names the file after the role and the local day", () => {
    expect(csvFileName("admin", new Date(2026, 10, 22, 23, 59))).toBe(
      "scorecard-admin-assistant-2026-11-22.csv",
    );
    expect(csvFileName("writing", new Date(2026, 0, 5))).toBe(
      "scorecard-writing-and-customer-facing-work-2026-01-05.csv",
    );
  });

  it("leaves the day out rather than writing NaN for an invalid date", () => {
    expect(csvFileName("one-off", new Date(Number.NaN))).toBe(
      "scorecard-one-off-gig.csv",
    );
  });
});
