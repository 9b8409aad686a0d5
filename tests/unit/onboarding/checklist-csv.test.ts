import { describe, expect, it } from "vitest";
import { CHECKLIST_CSV_HEADER, checklistToCsv } from "~/lib/onboarding/checklist-csv";
import { buildChecklist } from "~/lib/onboarding/rules";
import { DEFAULT_ANSWERS } from "~/lib/onboarding/answers";
import { FIXTURE_CHECKLIST, FIXTURE_SITE } from "./fixture-checklist";
import { readFixture } from "./fixtures";

describe("checklistToCsv", () => {
  it("matches the hand-checked fixture: quoted commas, doubled quotes, a kept line break, a neutralised minus", () => {
    expect(
      checklistToCsv(FIXTURE_CHECKLIST, ["shortlist-on-fit"], { siteUrl: FIXTURE_SITE }),
    ).toBe(readFixture("checklist.csv"));
  });

  it("starts with the header row", () => {
    const text = checklistToCsv(FIXTURE_CHECKLIST, [], { siteUrl: FIXTURE_SITE });
    expect(text.split("\r\n")[0]).toBe(CHECKLIST_CSV_HEADER.join(","));
  });

  it("adds a byte-order mark only when asked", () => {
    const plain = checklistToCsv(FIXTURE_CHECKLIST, [], { siteUrl: FIXTURE_SITE });
    const bom = checklistToCsv(FIXTURE_CHECKLIST, [], {
      siteUrl: FIXTURE_SITE,
      bom: true,
    });
    expect(plain.startsWith("Phase,")).toBe(true);
    expect(bom).toBe(`\uFEFF${plain}`);
  });

  it("writes one record per item after the header", () => {
    const checklist = buildChecklist({ ...DEFAULT_ANSWERS, start: "2027-01-05" });
    const count = checklist.phases.reduce((n, p) => n + p.items.length, 0);
    // Catalogue text has no line breaks, so records and lines coincide.
    const lines = checklistToCsv(checklist, [], { siteUrl: FIXTURE_SITE }).split("\r\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(count + 1);
  });
});
