import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS } from "~/lib/onboarding/answers";
import { checklistProgress } from "~/lib/onboarding/progress";
import { buildChecklist, type Checklist } from "~/lib/onboarding/rules";
import { answersArb } from "./arbitraries";
import { FIXTURE_CHECKLIST } from "./fixture-checklist";

// FIXTURE_CHECKLIST: before-hire 2 items, trial 1, ongoing 1.

describe("checklistProgress", () => {
  it("counts nothing done when nothing is ticked", () => {
    const progress = checklistProgress(FIXTURE_CHECKLIST, []);
    expect(progress.overall).toEqual({ done: 0, total: 4, percent: 0 });
    expect(progress.phases.map((p) => [p.id, p.done, p.total])).toEqual([
      ["before-hire", 0, 2],
      ["trial", 0, 1],
      ["ongoing", 0, 1],
    ]);
  });

  it("counts ticks per phase and overall: 1 of 2 is 50%, 2 of 4 is 50%", () => {
    const progress = checklistProgress(FIXTURE_CHECKLIST, [
      "write-the-brief",
      "trial-review",
    ]);
    expect(progress.phases[0]).toEqual({
      id: "before-hire",
      done: 1,
      total: 2,
      percent: 50,
    });
    expect(progress.phases[1]).toEqual({ id: "trial", done: 1, total: 1, percent: 100 });
    expect(progress.overall).toEqual({ done: 2, total: 4, percent: 50 });
  });

  it("ignores ticks for items that are not in this checklist", () => {
    const progress = checklistProgress(FIXTURE_CHECKLIST, [
      "check-in-1",
      "check-in-9",
      "gone",
    ]);
    expect(progress.overall).toEqual({ done: 1, total: 4, percent: 25 });
  });

  it("rounds down so 3 of 4 reads 75% and only a full list reads 100%", () => {
    const ids = FIXTURE_CHECKLIST.phases.flatMap((p) => p.items.map((i) => i.id));
    expect(checklistProgress(FIXTURE_CHECKLIST, ids.slice(0, 3)).overall.percent).toBe(
      75,
    );
    expect(checklistProgress(FIXTURE_CHECKLIST, ids).overall.percent).toBe(100);
  });

  it("reads 0%, not NaN, for an empty checklist", () => {
    const empty: Checklist = { phases: [] };
    expect(checklistProgress(empty, ["x"]).overall).toEqual({
      done: 0,
      total: 0,
      percent: 0,
    });
  });

  it("shows 100% only when every item is ticked, for any checklist and any ticks", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (answers, share) => {
          const checklist = buildChecklist(answers);
          const ids = checklist.phases.flatMap((p) => p.items.map((i) => i.id));
          const ticked = ids.slice(0, Math.floor(ids.length * share));
          const { overall, phases } = checklistProgress(checklist, ticked);
          expect(overall.done).toBe(ticked.length);
          expect(overall.total).toBe(ids.length);
          expect(overall.percent === 100).toBe(ticked.length === ids.length);
          expect(phases.reduce((sum, p) => sum + p.done, 0)).toBe(overall.done);
        },
      ),
    );
  });

  it("stops counting a tick while its item is absent and counts it again when it returns", () => {
    const ongoing = buildChecklist({
      ...DEFAULT_ANSWERS,
      start: "2027-01-05",
      engagement: "ongoing",
    });
    const project = buildChecklist({
      ...DEFAULT_ANSWERS,
      start: "2027-01-05",
      engagement: "project",
    });
    const ticks = ["plan-a-reward"];
    expect(checklistProgress(ongoing, ticks).overall.done).toBe(1);
    expect(checklistProgress(project, ticks).overall.done).toBe(0);
    expect(checklistProgress(ongoing, ticks).overall.done).toBe(1);
  });
});
