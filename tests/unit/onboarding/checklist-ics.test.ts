import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checklistEventUid, checklistToIcs } from "~/lib/onboarding/checklist-ics";
import { buildChecklist } from "~/lib/onboarding/rules";
import { answersArb } from "./arbitraries";
import { FIXTURE_CHECKLIST, FIXTURE_DTSTAMP, FIXTURE_SITE } from "./fixture-checklist";
import { readFixture } from "./fixtures";
import { checkIcs, icsEvents, unescapeIcsText } from "./ics-checker";

const options = { siteUrl: FIXTURE_SITE, dtstamp: FIXTURE_DTSTAMP };

describe("checklistToIcs", () => {
  it("matches the hand-checked fixture, folds and escapes included", () => {
    expect(checklistToIcs(FIXTURE_CHECKLIST, options)).toBe(readFixture("checklist.ics"));
  });

  it("passes the checker: CRLF, 75 octets, balanced, required properties, DTEND after DTSTART", () => {
    expect(checkIcs(readFixture("checklist.ics")).problems).toEqual([]);
  });

  it("reads back each event's title and description exactly", () => {
    const events = icsEvents(
      checkIcs(checklistToIcs(FIXTURE_CHECKLIST, options)).calendar,
    );
    expect(unescapeIcsText(events[0]?.get("SUMMARY") ?? "")).toBe(
      "Trial review, part 1; with Zoë",
    );
    expect(unescapeIcsText(events[1]?.get("DESCRIPTION") ?? "")).toBe(
      "Check-in 1: look over the work of the last two weeks, then 👀 talk it through\n\n" +
        "Why it matters: Quality can slip \\ quietly.\n\n" +
        "In the guide: https://handoff.example/guide/managing-by-deliverables/#keep-checking",
    );
  });

  it("holds the trial review, every check-in and the final review, and nothing else", () => {
    const checklist = buildChecklist({
      workKind: "design",
      engagement: "project",
      sharedLanguage: true,
      timeZoneGap: "0-2",
      access: [],
      docs: "full",
      start: "2027-01-05",
      rhythm: "biweekly",
    });
    const events = icsEvents(checkIcs(checklistToIcs(checklist, options)).calendar);
    // Trial review Jan 5 + 4; check-ins Jan 5 + 14 and + 28; final review Jan 5 + 42.
    expect(events.map((e) => [e.get("UID"), e.get("DTSTART;VALUE=DATE")])).toEqual([
      ["trial-review-2027-01-09@handoff", "20270109"],
      ["check-in-1-2027-01-19@handoff", "20270119"],
      ["check-in-2-2027-02-02@handoff", "20270202"],
      ["final-review-2027-02-16@handoff", "20270216"],
    ]);
  });

  it("passes the checker for any answers, with stable UIDs for the same answers", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const text = checklistToIcs(buildChecklist(answers), options);
        const { problems, calendar } = checkIcs(text);
        expect(problems).toEqual([]);
        expect(icsEvents(calendar).length).toBeGreaterThan(0);
        expect(checklistToIcs(buildChecklist(answers), options)).toBe(text);
      }),
      { numRuns: 50 },
    );
  });
});

describe("checklistEventUid", () => {
  it("joins the item id and its date under @handoff", () => {
    const item = FIXTURE_CHECKLIST.phases[2]?.items[0];
    expect(item && checklistEventUid(item)).toBe("check-in-1-2027-01-19@handoff");
  });
});
