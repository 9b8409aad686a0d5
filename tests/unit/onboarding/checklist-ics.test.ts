import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checklistEventUid, checklistToIcs } from "~/lib/onboarding/checklist-ics";
import type { Answers } from "~/lib/onboarding/answers";
import { planKey } from "~/lib/onboarding/plan-key";
import { buildChecklist } from "~/lib/onboarding/rules";
import { answersArb } from "./arbitraries";
import { FIXTURE_CHECKLIST, FIXTURE_DTSTAMP, FIXTURE_SITE } from "./fixture-checklist";
import { readFixture } from "./fixtures";
import { checkIcs, icsEvents, unescapeIcsText } from "./ics-checker";

const options = { siteUrl: FIXTURE_SITE, dtstamp: FIXTURE_DTSTAMP, planKey: "k1" };

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

  it("holds the kick-off call, the trial review, every check-in and the final review, and nothing else", () => {
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
    // Kick-off call Jan 5; trial review Jan 5 + 4; check-ins Jan 5 + 14 and + 28;
    // final review Jan 5 + 42.
    expect(events.map((e) => [e.get("UID"), e.get("DTSTART;VALUE=DATE")])).toEqual([
      ["kick-off-call-2027-01-05-k1@handoff", "20270105"],
      ["trial-review-2027-01-09-k1@handoff", "20270109"],
      ["check-in-1-2027-01-19-k1@handoff", "20270119"],
      ["check-in-2-2027-02-02-k1@handoff", "20270202"],
      ["final-review-2027-02-16-k1@handoff", "20270216"],
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
  it("joins the item id, its date and the plan's key under @handoff", () => {
    const item = FIXTURE_CHECKLIST.phases[2]?.items[0];
    expect(item && checklistEventUid(item, "k1")).toBe(
      "check-in-1-2027-01-19-k1@handoff",
    );
  });
});

describe("a plan's calendar", () => {
  const answers: Answers = {
    workKind: "bookkeeping",
    engagement: "ongoing",
    sharedLanguage: true,
    timeZoneGap: "0-2",
    access: ["accounts"],
    docs: "some",
    start: "2027-01-18",
    rhythm: "weekly",
  };
  const ics = (state: Parameters<typeof planKey>[0], repeat = true) =>
    checklistToIcs(buildChecklist(state.answers), {
      ...options,
      planKey: planKey(state),
      ...(state.contractor ? { contractor: state.contractor } : {}),
      ...(repeat ? { repeatCheckIns: state.answers.rhythm } : {}),
    });
  const uids = (text: string) =>
    icsEvents(checkIcs(text).calendar).map((event) => event.get("UID"));

  it("gives two contractors' plans with the same start date no UID in common", () => {
    const maria = uids(ics({ answers, plan: "p1", contractor: "Maria" }));
    const tom = uids(ics({ answers, plan: "p2", contractor: "Tom" }));
    expect(maria.length).toBeGreaterThan(0);
    expect(maria.filter((uid) => tom.includes(uid))).toEqual([]);
    // Unnamed, two plans are still told apart by their ids.
    expect(
      uids(ics({ answers, plan: "p1" })).filter((uid) =>
        uids(ics({ answers, plan: "p2" })).includes(uid),
      ),
    ).toEqual([]);
  });

  it("gives the same plan the same UIDs on every export, and a shared link's plan too", () => {
    expect(uids(ics({ answers, plan: "p1", contractor: "Maria" }))).toEqual(
      uids(ics({ answers, plan: "p1", contractor: "Maria" })),
    );
    expect(uids(ics({ answers }))).toEqual(uids(ics({ answers })));
  });

  it("puts the contractor's name in the event titles and the calendar's name", () => {
    const text = ics({ answers, plan: "p1", contractor: "Maria" });
    const titles = icsEvents(checkIcs(text).calendar).map((e) => e.get("SUMMARY"));
    expect(titles).toEqual([
      "Kick-off call with Maria",
      "Trial review with Maria",
      "Check-in with Maria",
    ]);
    expect(text).toContain("X-WR-CALNAME:Onboarding checklist: Maria");
  });

  it("repeats the check-ins of ongoing work with no end, rather than stopping after a few", () => {
    const events = icsEvents(checkIcs(ics({ answers, plan: "p1" })).calendar);
    const checkIns = events.filter((e) => e.get("SUMMARY")?.startsWith("Check-in"));
    expect(checkIns).toHaveLength(1);
    expect(checkIns[0]?.get("RRULE")).toBe("FREQ=WEEKLY");
    expect(checkIns[0]?.get("DTSTART;VALUE=DATE")).toBe("20270125");
    const biweekly = checklistToIcs(buildChecklist({ ...answers, rhythm: "biweekly" }), {
      ...options,
      repeatCheckIns: "biweekly",
    });
    expect(biweekly).toContain("RRULE:FREQ=WEEKLY;INTERVAL=2");
  });

  it("never schedules taking everything back while ongoing work goes on", () => {
    const items = buildChecklist(answers).phases.flatMap((phase) => phase.items);
    for (const item of items) expect(item.text).not.toMatch(/take everything back/i);
  });
});
