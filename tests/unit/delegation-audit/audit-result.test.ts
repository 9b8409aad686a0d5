import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditTask } from "~/lib/delegation-audit/audit";
import {
  computeAudit,
  placedTasks,
  planTotals,
} from "~/lib/delegation-audit/audit-result";
import { exampleAudit, newAudit } from "~/lib/delegation-audit/new-audit";
import { placeTask } from "~/lib/delegation-audit/place-task";
import { blankTask } from "~/lib/delegation-audit/presets";
import { arbitraryAudit } from "./arbitrary-audit";

const task = (change: Partial<AuditTask>): AuditTask => ({
  id: "a",
  ...blankTask(),
  hours: 2,
  ...change,
});

describe("placeTask", () => {
  it("keeps a task rated 5 on core, however weak you are at it", () => {
    expect(placeTask(task({ core: 5, skill: 1, judge: "yes" }))).toBe("core");
  });

  it("keeps customer contact, but lets customer service and lead generation go", () => {
    expect(placeTask(task({ contact: "customers", family: "writing" }))).toBe("contact");
    expect(placeTask(task({ contact: "customers", family: "customer-service" }))).toBe(
      "weak",
    );
    expect(placeTask(task({ contact: "leads", family: "marketing" }))).toBe("weak");
  });

  it("sends a task you could not judge to learning first, never to hand over first", () => {
    expect(placeTask(task({ skill: 1, core: 1, judge: "no" }))).toBe("steer");
    expect(placeTask(task({ skill: 1, core: 1, judge: "roughly" }))).toBe("weak");
  });

  it("places the four quadrants of good-at against core", () => {
    expect(placeTask(task({ skill: 2, core: 2 }))).toBe("weak");
    expect(placeTask(task({ skill: 5, core: 1 }))).toBe("good");
    expect(placeTask(task({ skill: 2, core: 4 }))).toBe("expert");
    expect(placeTask(task({ skill: 4, core: 4 }))).toBe("strong");
  });
});

describe("computeAudit", () => {
  it("works the guide's designer example by hand", () => {
    const result = computeAudit(exampleAudit());
    const names = (group: keyof typeof result.groups) =>
      result.groups[group].map((p) => p.task.name);
    // Weights: email (10-3-2)×5 = 25, bookkeeping 6×3 = 18, social media 4×4 = 16.
    expect(names("first")).toEqual([
      "Sorting and answering routine email",
      "Bookkeeping and chasing invoices",
      "Scheduling social media posts",
    ]);
    expect(names("steer")).toEqual(["Website updates and search tweaks"]);
    expect(names("keep")).toEqual(["Client design work"]);
    expect(names("next")).toEqual([]);
    const { totals } = result;
    expect(totals.hoursPerWeek).toBe(12);
    expect(totals.hoursPerMonth).toBeCloseTo(52, 10);
    // 5 h × 20 + 3 h × 45 + 4 h × 40 = 395 a week; × 52 ÷ 12 = 1,711.67 a month.
    expect(totals.costPerMonth).toBeCloseTo(1711.6667, 3);
    expect(totals.worthPerMonth).toBeCloseTo(3120, 6);
    expect(totals.netPerMonth).toBeCloseTo(1408.3333, 3);
    expect(totals.revenueShare).toBeCloseTo(0.28528, 4);
    expect(result.specialists).toEqual(["admin", "bookkeeping", "marketing"]);
    // 12 of 14 hours: the website work (2 h) would close the gap once she can steer it.
    expect(result.goal.kind).toBe("short");
    if (result.goal.kind === "short") {
      expect(result.goal.missing).toBe(2);
      expect(result.goal.add?.map((p) => p.task.name)).toEqual([
        "Website updates and search tweaks",
      ]);
    }
  });

  it("breaks ties of weight by more hours first", () => {
    const audit = {
      ...newAudit(),
      tasks: [
        task({ id: "a", skill: 3, core: 3, hours: 2 }), // 4 × 2 = 8
        task({ id: "b", skill: 1, core: 1, hours: 1 }), // 8 × 1 = 8
      ],
    };
    expect(computeAudit(audit).groups.first.map((p) => p.task.id)).toEqual(["a", "b"]);
  });

  it("counts a month's hours as a twelfth of 52 weeks", () => {
    const audit = { ...newAudit(), tasks: [task({ hours: 52, per: "month", rate: 10 })] };
    const [placed] = computeAudit(audit).groups.first;
    expect(placed?.hoursPerWeek).toBeCloseTo(12, 10);
    expect(placed?.costPerMonth).toBeCloseTo(520, 8);
  });

  it("says when the goal is met, and when nothing would meet it", () => {
    const audit = { ...newAudit(), tasks: [task({ hours: 5 })], goal: 5 };
    expect(computeAudit(audit).goal.kind).toBe("met");
    const short = computeAudit({ ...audit, goal: 50 }).goal;
    expect(short).toEqual({ kind: "short", goal: 50, missing: 45, add: null });
  });

  it("gives an empty audit zero totals and no share of revenue without revenue", () => {
    const { totals, specialists } = computeAudit(newAudit());
    expect(totals).toEqual({
      hoursPerWeek: 0,
      hoursPerMonth: 0,
      costPerMonth: 0,
      worthPerMonth: 0,
      netPerMonth: 0,
      revenueShare: null,
    });
    expect(specialists).toEqual([]);
  });

  it("lists every placed task once, from all four groups, in the reader's list order", () => {
    fc.assert(
      fc.property(arbitraryAudit(12), (audit) => {
        const result = computeAudit(audit);
        const all = [
          ...result.groups.first,
          ...result.groups.next,
          ...result.groups.steer,
          ...result.groups.keep,
        ];
        const placed = placedTasks(result);
        expect(placed).toHaveLength(all.length);
        expect(new Set(placed)).toEqual(new Set(all));
        const order = placed.map((p) => p.index);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
    expect(placedTasks(computeAudit(newAudit()))).toEqual([]);
  });

  it("never hands over a task rated 5 on core", () => {
    fc.assert(
      fc.property(arbitraryAudit(12), (audit) => {
        const { groups } = computeAudit(audit);
        for (const placed of [...groups.first, ...groups.next, ...groups.steer])
          expect(placed.task.core).toBeLessThan(5);
      }),
      { numRuns: 200 },
    );
  });

  it("totals exactly the tasks it hands over first, every figure finite", () => {
    fc.assert(
      fc.property(arbitraryAudit(12), (audit) => {
        const result = computeAudit(audit);
        expect(result.totals).toEqual(planTotals(result.groups.first, audit));
        const sum = result.groups.first.reduce((s, p) => s + p.hoursPerWeek, 0);
        expect(result.totals.hoursPerWeek).toBeCloseTo(sum, 9);
        for (const value of Object.values(result.totals))
          if (value !== null) expect(Number.isFinite(value)).toBe(true);
        const placed = Object.values(result.groups).reduce((n, g) => n + g.length, 0);
        expect(placed).toBe(audit.tasks.length);
      }),
      { numRuns: 200 },
    );
  });

  it("never gives more hours back when a task is removed", () => {
    fc.assert(
      fc.property(
        arbitraryAudit(12).filter((a) => a.tasks.length > 0),
        fc.nat(),
        (audit, pick) => {
          const without = {
            ...audit,
            tasks: audit.tasks.filter((_, i) => i !== pick % audit.tasks.length),
          };
          expect(computeAudit(without).totals.hoursPerWeek).toBeLessThanOrEqual(
            computeAudit(audit).totals.hoursPerWeek + 1e-9,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
