import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers, WorkKind } from "~/lib/onboarding/answers";
import { addDays, daysBetween } from "~/lib/onboarding/dates";
import { GUIDE_SECTIONS } from "~/lib/onboarding/guide-sections";
import { ITEMS, PHASES, type CatalogueItem, type ItemId } from "~/lib/onboarding/items";
import {
  CHECK_IN_COUNT,
  PLANNED_END_DAYS,
  RULES,
  buildChecklist,
  matchingRules,
  type ChecklistItem,
} from "~/lib/onboarding/rules";
import { answersArb } from "./arbitraries";

/** Matches as few rules as possible: only "essentials" and "wrap-up". */
const base: Answers = {
  workKind: "other",
  engagement: "one-off",
  sharedLanguage: true,
  timeZoneGap: "0-2",
  access: [],
  docs: "full",
  start: "2027-01-05",
  rhythm: "weekly",
};
const project: Answers = { ...base, engagement: "project" };
const ongoing: Answers = { ...base, engagement: "ongoing" };

const catalogue: readonly CatalogueItem[] = ITEMS;
const byId = new Map(catalogue.map((item) => [item.id, item]));

function items(answers: Answers): ChecklistItem[] {
  return buildChecklist(answers).phases.flatMap((phase) => phase.items);
}
function itemIds(answers: Answers): Set<string> {
  return new Set(items(answers).map((item) => item.itemId));
}
function find(answers: Answers, id: string): ChecklistItem | undefined {
  return items(answers).find((item) => item.id === id);
}
function textOf(answers: Answers, id: ItemId): string | undefined {
  return find(answers, id)?.text;
}
function defaultText(id: ItemId): string {
  return byId.get(id)?.text ?? "missing";
}
function variantText(id: ItemId, variant: string): string {
  return byId.get(id)?.variants?.[variant]?.text ?? "missing";
}
function expectIncludes(answers: Answers, ids: readonly ItemId[]) {
  const present = itemIds(answers);
  expect(ids.filter((id) => !present.has(id))).toEqual([]);
}
function expectExcludes(answers: Answers, ids: readonly ItemId[]) {
  const present = itemIds(answers);
  expect(ids.filter((id) => present.has(id))).toEqual([]);
}

const tested = new Set<string>();
/** A test for one rule; the last test checks every rule got one. */
function ruleTest(ruleId: string, name: string, body: () => void) {
  tested.add(ruleId);
  it(`${ruleId}: ${name}`, body);
}

describe("RULES", () => {
  ruleTest(
    "essentials",
    "gives every checklist the brief, the materials, the kick-off and pay terms",
    () => {
      const essentials: ItemId[] = [
        "decide-the-result",
        "write-the-brief",
        "define-done",
        "shortlist-on-fit",
        "write-the-steps",
        "collect-examples",
        "gather-reference-sheet",
        "set-up-shared-space",
        "agree-contact-channel",
        "set-up-records",
        "kick-off-call",
        "invite-questions",
        "explain-how-you-judge",
        "agree-payment-terms",
      ];
      fc.assert(
        fc.property(answersArb, (answers) => expectIncludes(answers, essentials)),
      );
    },
  );

  const trialItems: ItemId[] = [
    "plan-the-trial",
    "prepare-trial-task",
    "run-trial-task",
    "check-trial-work",
    "trial-review",
  ];
  ruleTest(
    "trial-run",
    "adds a paid trial and its review to projects and ongoing work, not to a one-off task",
    () => {
      expectIncludes(project, trialItems);
      expectIncludes(ongoing, trialItems);
      expectExcludes(base, trialItems);
    },
  );

  const firstWeeks: ItemId[] = [
    "check-first-deliveries",
    "balanced-feedback",
    "pay-first-invoice",
    "update-the-steps",
    "step-back",
  ];
  ruleTest(
    "first-weeks",
    "adds close checks and feedback in the first weeks of work that lasts",
    () => {
      expectIncludes(project, firstWeeks);
      expectIncludes(ongoing, firstWeeks);
      expectExcludes(base, firstWeeks);
    },
  );

  ruleTest(
    "check-ins",
    "adds dated check-ins to projects and ongoing work, none to a one-off task",
    () => {
      expectIncludes(project, ["check-in"]);
      expectIncludes(ongoing, ["check-in"]);
      expectExcludes(base, ["check-in"]);
    },
  );

  const relationship: ItemId[] = [
    "log-work-and-payments",
    "praise-good-work",
    "pay-on-time",
    "plan-a-reward",
  ];
  ruleTest(
    "ongoing-relationship",
    "adds records, praise, rewards and prompt pay to ongoing work only",
    () => {
      expectIncludes(ongoing, relationship);
      expectExcludes(project, relationship);
      expectExcludes(base, relationship);
    },
  );

  const wrapUp: ItemId[] = [
    "final-review",
    "ask-for-handover",
    "pay-final-invoice",
    "thank-them",
    "file-the-records",
  ];
  ruleTest(
    "wrap-up",
    "adds a wrap-up to a one-off task and a project, not to ongoing work",
    () => {
      expectIncludes(base, wrapUp);
      expectIncludes(project, wrapUp);
      expectExcludes(ongoing, wrapUp);
    },
  );

  ruleTest(
    "second-language",
    "adds a glossary and a restated brief, and rewords the examples and the call",
    () => {
      const second = { ...base, sharedLanguage: false };
      expectIncludes(second, ["make-a-glossary", "restate-the-brief"]);
      expectExcludes(base, ["make-a-glossary", "restate-the-brief"]);
      expect(textOf(second, "collect-examples")).toBe(
        variantText("collect-examples", "second-language"),
      );
      expect(textOf(second, "kick-off-call")).toBe(
        variantText("kick-off-call", "second-language"),
      );
      expect(textOf(base, "collect-examples")).toBe(defaultText("collect-examples"));
      expect(textOf(base, "kick-off-call")).toBe(defaultText("kick-off-call"));
    },
  );

  ruleTest(
    "time-zone-gap",
    "asks about hours and agrees reply times from a 3-hour gap, not below",
    () => {
      const ids: ItemId[] = ["ask-about-hours", "agree-reply-times"];
      expectIncludes({ ...base, timeZoneGap: "3-6" }, ids);
      expectIncludes({ ...base, timeZoneGap: "7+" }, ids);
      expectExcludes(base, ids);
    },
  );

  ruleTest(
    "large-time-zone-gap",
    "adds overlap hours and written hand-overs from a 7-hour gap only",
    () => {
      const ids: ItemId[] = ["agree-overlap-hours", "written-hand-overs"];
      expectIncludes({ ...base, timeZoneGap: "7+" }, ids);
      expectExcludes({ ...base, timeZoneGap: "3-6" }, ids);
      expectExcludes(base, ids);
    },
  );

  ruleTest(
    "any-access",
    "starts an access log for any access, even shared files alone",
    () => {
      expectIncludes({ ...base, access: ["files"] }, ["access-log"]);
      expectExcludes(base, ["access-log"]);
    },
  );

  ruleTest("accounts", "adds a password manager and least privilege for accounts", () => {
    const ids: ItemId[] = ["password-manager", "least-privilege"];
    expectIncludes({ ...base, access: ["accounts"] }, ids);
    expectExcludes({ ...base, access: ["files"] }, ids);
  });

  ruleTest(
    "customer-data",
    "adds data-handling rules and least privilege for customer data",
    () => {
      expectIncludes({ ...base, access: ["customer-data"] }, [
        "customer-data-rules",
        "least-privilege",
      ]);
      expectExcludes({ ...base, access: ["customer-data"] }, [
        "password-manager",
        "payment-limits",
      ]);
      expectExcludes({ ...base, access: ["accounts"] }, ["customer-data-rules"]);
    },
  );

  ruleTest("payments", "adds a spending limit and least privilege for payments", () => {
    expectIncludes({ ...base, access: ["payments"] }, [
      "payment-limits",
      "least-privilege",
    ]);
    expectExcludes({ ...base, access: ["payments"] }, [
      "password-manager",
      "customer-data-rules",
    ]);
    expectExcludes({ ...base, access: ["accounts"] }, ["payment-limits"]);
  });

  ruleTest(
    "revoke-access-at-end",
    "takes access back at the end of a one-off task or project",
    () => {
      expectIncludes({ ...base, access: ["accounts"] }, ["revoke-access"]);
      expectIncludes({ ...project, access: ["files"] }, ["revoke-access"]);
      expectExcludes(project, ["revoke-access"]);
      expectExcludes({ ...ongoing, access: ["accounts"] }, ["revoke-access"]);
    },
  );

  ruleTest(
    "review-access",
    "reviews access periodically in ongoing work that has any",
    () => {
      expectIncludes({ ...ongoing, access: ["accounts"] }, ["review-access"]);
      expectExcludes(ongoing, ["review-access"]);
      expectExcludes({ ...project, access: ["accounts"] }, ["review-access"]);
    },
  );

  ruleTest(
    "no-docs",
    "adds a recorded walkthrough and asks for the steps to be written before the start",
    () => {
      const none = { ...base, docs: "none" } as const;
      expectIncludes(none, ["record-walkthrough"]);
      expect(textOf(none, "record-walkthrough")).toBe(defaultText("record-walkthrough"));
      expect(textOf(none, "write-the-steps")).toBe(
        variantText("write-the-steps", "none"),
      );
      expectExcludes(base, ["record-walkthrough"]);
      expect(textOf(base, "write-the-steps")).toBe(defaultText("write-the-steps"));
    },
  );

  ruleTest(
    "some-docs",
    "fills the gaps in existing notes with writing and a recording",
    () => {
      const some = { ...base, docs: "some" } as const;
      expect(textOf(some, "record-walkthrough")).toBe(
        variantText("record-walkthrough", "some"),
      );
      expect(textOf(some, "write-the-steps")).toBe(
        variantText("write-the-steps", "some"),
      );
    },
  );

  const trialCheck: Partial<Record<WorkKind, string>> = {
    writing: "original",
    design: "original",
    software: "software",
    "social-media": "original",
    marketing: "original",
  };
  for (const kind of [
    "writing",
    "design",
    "software",
    "admin",
    "bookkeeping",
    "social-media",
    "customer-support",
    "research",
    "marketing",
  ] as const) {
    const variant = trialCheck[kind];
    ruleTest(
      `work-kind-${kind}`,
      `words the definition of done for ${kind}${variant ? ` and checks the trial for ${variant === "original" ? "originality" : "working code"}` : ""}`,
      () => {
        const answers: Answers = { ...project, workKind: kind };
        expect(textOf(answers, "define-done")).toBe(variantText("define-done", kind));
        expect(textOf(answers, "check-trial-work")).toBe(
          variant
            ? variantText("check-trial-work", variant)
            : defaultText("check-trial-work"),
        );
        expect(textOf(project, "define-done")).toBe(defaultText("define-done"));
      },
    );
  }

  it("has a test above for every rule, and unique kebab-case rule ids", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect([...tested].sort()).toEqual([...ids].sort());
  });

  it("rewords only items that have the named variant", () => {
    for (const rule of RULES) {
      for (const [id, variant] of Object.entries(rule.reword ?? {})) {
        expect(
          byId.get(id)?.variants?.[variant ?? ""],
          `${rule.id} -> ${id}.${variant}`,
        ).toBeDefined();
      }
    }
  });

  it("never has two matching rules reword the same item, so the wording is unambiguous", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const reworded = matchingRules(answers).flatMap((rule) =>
          Object.keys(rule.reword ?? {}),
        );
        expect(new Set(reworded).size).toBe(reworded.length);
      }),
    );
  });
});

describe("matchingRules", () => {
  it("returns only essentials and wrap-up for a one-off task needing nothing special", () => {
    expect(matchingRules(base).map((rule) => rule.id)).toEqual(["essentials", "wrap-up"]);
  });

  it("returns, in RULES order, exactly the rules whose predicate holds", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(matchingRules(answers)).toEqual(
          RULES.filter((rule) => rule.when(answers)),
        );
      }),
    );
  });
});

describe("CHECK_IN_COUNT", () => {
  it("dates no check-ins for a one-off task", () => {
    expect(Object.values(CHECK_IN_COUNT["one-off"])).toEqual([0, 0, 0]);
  });

  it("covers about three months of ongoing work at every rhythm (84 to 92 days)", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const checkIns = items({ ...answers, engagement: "ongoing" }).filter(
          (item) => item.itemId === "check-in",
        );
        const last = checkIns[checkIns.length - 1];
        expect(last).toBeDefined();
        const days = daysBetween(answers.start, last?.due ?? answers.start);
        expect(days).toBeGreaterThanOrEqual(84);
        expect(days).toBeLessThanOrEqual(92);
      }),
    );
  });

  it("puts every check-in of a project before its planned end", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const a = { ...answers, engagement: "project" } as const;
        const end = addDays(a.start, PLANNED_END_DAYS.project);
        for (const item of items(a).filter((i) => i.itemId === "check-in")) {
          expect(item.due < end).toBe(true);
        }
      }),
    );
  });
});

describe("PLANNED_END_DAYS", () => {
  it("dates the wrap-up of a one-off task a week after the start: Feb 25, 2027 + 7 is Mar 4", () => {
    expect(find({ ...base, start: "2027-02-25" }, "final-review")?.due).toBe(
      "2027-03-04",
    );
  });

  it("dates the wrap-up of a project six weeks after the start: Jan 5, 2027 + 42 is Feb 16", () => {
    expect(find(project, "final-review")?.due).toBe("2027-02-16");
  });
});

describe("buildChecklist", () => {
  it("returns the phases in order and leaves out those with no items", () => {
    expect(buildChecklist(base).phases.map((p) => p.id)).toEqual([
      "before-hire",
      "prepare",
      "kick-off",
      "wrap-up",
    ]);
    expect(
      buildChecklist({ ...project, access: ["files"] }).phases.map((p) => p.id),
    ).toEqual(PHASES.map((p) => p.id));
  });

  it("gives each phase its title and only its own items", () => {
    for (const phase of buildChecklist(ongoing).phases) {
      expect(phase.title).toBe(PHASES.find((p) => p.id === phase.id)?.title);
      expect(phase.items.every((item) => item.phase === phase.id)).toBe(true);
    }
  });

  it("sorts items by due date within each phase", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const phase of buildChecklist(answers).phases) {
          const dues = phase.items.map((item) => item.due);
          expect(dues).toEqual([...dues].sort());
        }
      }),
    );
  });

  it("dates before-start items back from the start: Jan 5, 2027 - 28 days is Dec 8, 2026", () => {
    expect(find(base, "decide-the-result")?.due).toBe("2026-12-08");
  });

  it("dates the trial review four days after the start: Jan 5, 2027 -> Jan 9", () => {
    expect(find(project, "trial-review")?.due).toBe("2027-01-09");
  });

  it("dates every fixed-offset item exactly its offset from the start", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const item of items(answers)) {
          const offset = byId.get(item.itemId)?.dueOffset;
          if (typeof offset === "number")
            expect(daysBetween(answers.start, item.due)).toBe(offset);
          else if (typeof offset === "object") {
            expect(daysBetween(answers.start, item.due)).toBe(
              PLANNED_END_DAYS[answers.engagement] + offset.afterEnd,
            );
          }
        }
      }),
    );
  });

  it.each([
    ["ongoing", "weekly", 12],
    ["ongoing", "biweekly", 6],
    ["ongoing", "monthly", 3],
    ["project", "weekly", 5],
    ["project", "biweekly", 2],
    ["project", "monthly", 1],
    ["one-off", "monthly", 0],
  ] as const)(
    "expands %s work with %s check-ins into %i numbered check-ins",
    (engagement, rhythm, n) => {
      const checkIns = items({ ...base, engagement, rhythm }).filter(
        (i) => i.itemId === "check-in",
      );
      expect(checkIns.map((i) => i.id)).toEqual(
        Array.from({ length: n }, (_, k) => `check-in-${k + 1}`),
      );
    },
  );

  it("dates monthly check-ins from Jan 31, 2028 on Feb 29, Mar 31 and Apr 30", () => {
    const a: Answers = { ...ongoing, start: "2028-01-31", rhythm: "monthly" };
    expect(
      ["check-in-1", "check-in-2", "check-in-3"].map((id) => find(a, id)?.due),
    ).toEqual(["2028-02-29", "2028-03-31", "2028-04-30"]);
  });

  it("dates the first monthly check-in from Jan 31, 2027 on Feb 28", () => {
    expect(
      find({ ...ongoing, start: "2027-01-31", rhythm: "monthly" }, "check-in-1")?.due,
    ).toBe("2027-02-28");
  });

  it("dates weekly check-ins across the leap day: Feb 22, 2028 -> Feb 29, Mar 7", () => {
    const a: Answers = { ...ongoing, start: "2028-02-22", rhythm: "weekly" };
    expect([find(a, "check-in-1")?.due, find(a, "check-in-2")?.due]).toEqual([
      "2028-02-29",
      "2028-03-07",
    ]);
  });

  it("dates two-weekly check-ins across a year end: Dec 25, 2027 -> Jan 8, Jan 22", () => {
    const a: Answers = { ...ongoing, start: "2027-12-25", rhythm: "biweekly" };
    expect([find(a, "check-in-1")?.due, find(a, "check-in-2")?.due]).toEqual([
      "2028-01-08",
      "2028-01-22",
    ]);
  });

  it("numbers each check-in in its text and its calendar title", () => {
    const second = find(ongoing, "check-in-2");
    expect(second?.text).toMatch(/^Check-in 2: /);
    expect(second?.eventTitle).toBe("Check-in 2 with {who}");
  });

  it("gives unique kebab-case ids within any checklist", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const ids = items(answers).map((item) => item.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toBe(true);
      }),
    );
  });

  it("keeps ids stable: an id in two checklists names the same step in both", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const inB = new Map(items(b).map((item) => [item.id, item]));
        for (const item of items(a)) {
          const other = inB.get(item.id);
          if (!other) continue;
          expect([other.itemId, other.phase, other.guide]).toEqual([
            item.itemId,
            item.phase,
            item.guide,
          ]);
          // Only a rule's rewording may change the text; the id stays.
          if (!byId.get(item.itemId)?.variants && item.itemId !== "check-in") {
            expect(other.text).toBe(item.text);
          }
        }
      }),
    );
  });

  it("keeps an item's id when only its wording changes", () => {
    const writing = find({ ...project, workKind: "writing" }, "define-done");
    const software = find({ ...project, workKind: "software" }, "define-done");
    expect(writing?.text).not.toBe(software?.text);
    expect([writing?.id, software?.id]).toEqual(["define-done", "define-done"]);
  });

  it("fills every item with text, a reason, a guide section and a real date", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const item of items(answers)) {
          expect(item.text).not.toMatch(/\{n\}|undefined|NaN/);
          expect(item.why.length).toBeGreaterThan(0);
          expect(GUIDE_SECTIONS).toContain(item.guide);
          expect(item.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      // Four checks on each of some 40 items per checklist: 50 checklists keep
      // this well under a second on a busy machine.
      { numRuns: 50 },
    );
  });

  it("throws a RangeError for a start date that does not exist", () => {
    expect(() => buildChecklist({ ...base, start: "2027-02-30" })).toThrow(RangeError);
  });
});
