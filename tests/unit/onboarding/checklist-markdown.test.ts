import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checklistToMarkdown } from "~/lib/onboarding/checklist-markdown";
import { buildChecklist } from "~/lib/onboarding/rules";
import { answersArb } from "./arbitraries";
import { FIXTURE_ANSWERS, FIXTURE_CHECKLIST, FIXTURE_SITE } from "./fixture-checklist";
import { readFixture } from "./fixtures";

const options = { siteUrl: FIXTURE_SITE };

describe("checklistToMarkdown", () => {
  it("matches the hand-checked fixture, escaping included", () => {
    expect(
      checklistToMarkdown(
        FIXTURE_CHECKLIST,
        FIXTURE_ANSWERS,
        ["shortlist-on-fit", "gone"],
        options,
      ),
    ).toBe(readFixture("checklist.md"));
  });

  it("names the contractor in the title when the plan has a name", () => {
    const text = checklistToMarkdown(FIXTURE_CHECKLIST, FIXTURE_ANSWERS, [], {
      ...options,
      contractor: "Maria",
    });
    expect(text.split("\n")[0]).toBe("# Onboarding checklist: Maria");
  });

  it("ticks exactly the items whose ids are ticked", () => {
    const text = checklistToMarkdown(
      FIXTURE_CHECKLIST,
      FIXTURE_ANSWERS,
      ["trial-review"],
      options,
    );
    expect(text.split("\n").filter((line) => line.startsWith("- [x] "))).toEqual([
      "- [x] Review the trial with Zoë: tell her plainly which part worked, what to change (due Jan 9, 2027)",
    ]);
  });

  it("writes one task per item, each with its due date, for any answers", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const checklist = buildChecklist(answers);
        const count = checklist.phases.reduce((n, p) => n + p.items.length, 0);
        const tasks = checklistToMarkdown(checklist, answers, [], options)
          .split("\n")
          .filter((line) => line.startsWith("- [ ] "));
        expect(tasks).toHaveLength(count);
        expect(
          tasks.every((line) => /\(due [A-Z][a-z]{2} \d{1,2}, \d{4}\)$/.test(line)),
        ).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
