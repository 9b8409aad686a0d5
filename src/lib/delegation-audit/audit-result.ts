// The audit's result: every task placed and ranked, and the plan's totals.
// The plan is the "Hand over first" group: what to hand over now. "Next"
// tasks are where more hours come from when the goal asks for them.
import {
  SKILL_FAMILIES,
  weeklyHours,
  WEEKS_PER_MONTH,
  type Audit,
  type AuditTask,
  type SkillFamily,
} from "./audit";
import {
  GROUPS,
  handOverWeight,
  placeTask,
  REASON_GROUP,
  type Group,
  type Reason,
} from "./place-task";

/** One task in the result. */
export interface PlacedTask {
  readonly task: AuditTask;
  /** Its place in the reader's list (for "Task 3"). */
  readonly index: number;
  readonly reason: Reason;
  readonly group: Group;
  readonly hoursPerWeek: number;
  /** What a contractor costs for it per month: hours a week × rate × 52 ÷ 12. */
  readonly costPerMonth: number;
}

/** The money and hours of handing over a set of tasks. */
export interface PlanTotals {
  readonly hoursPerWeek: number;
  readonly hoursPerMonth: number;
  readonly costPerMonth: number;
  /** The hours back per month at the reader's hourly value (0 while it is missing). */
  readonly worthPerMonth: number;
  /** worth − cost. */
  readonly netPerMonth: number;
  /** Cost as a share of monthly revenue (0.08 = 8 %), or null without revenue. */
  readonly revenueShare: number | null;
}

/** Whether the plan meets the reader's goal of hours back a week. */
export type GoalCheck =
  | { readonly kind: "none" }
  | { readonly kind: "met"; readonly goal: number }
  /**
   * Short of the goal by `missing` hours a week; `add` are the tasks that would
   * reach it, taken in order from "next" and then "steer" (once the reader can
   * steer them), or null when even all of those would not.
   */
  | {
      readonly kind: "short";
      readonly goal: number;
      readonly missing: number;
      readonly add: readonly PlacedTask[] | null;
    };

/** The whole result. */
export interface AuditResult {
  /** Each group's tasks, ranked: heaviest case first, then more hours first, then list order. */
  readonly groups: Readonly<Record<Group, readonly PlacedTask[]>>;
  /** Totals over the plan (the "first" group). */
  readonly totals: PlanTotals;
  /** The distinct skill families the plan needs, in SKILL_FAMILIES order (S4.3). */
  readonly specialists: readonly SkillFamily[];
  readonly goal: GoalCheck;
}

/** Every placed task, whatever its group, in the reader's list order (as the chart draws them). */
export function placedTasks(result: AuditResult): PlacedTask[] {
  return GROUPS.flatMap((group) => result.groups[group]).sort(
    (a, b) => a.index - b.index,
  );
}

/** Adds +0 so a sum that rounds to nothing never shows a minus sign. */
const clean = (x: number) => (Number.isFinite(x) ? x + 0 : 0);

/** Totals of handing over `tasks`. */
export function planTotals(
  tasks: readonly Pick<PlacedTask, "hoursPerWeek" | "costPerMonth">[],
  audit: Pick<Audit, "value" | "revenue">,
): PlanTotals {
  let hoursPerWeek = 0;
  let costPerMonth = 0;
  for (const t of tasks) {
    hoursPerWeek += t.hoursPerWeek;
    costPerMonth += t.costPerMonth;
  }
  const hoursPerMonth = hoursPerWeek * WEEKS_PER_MONTH;
  const worthPerMonth = hoursPerMonth * (audit.value ?? 0);
  return {
    hoursPerWeek: clean(hoursPerWeek),
    hoursPerMonth: clean(hoursPerMonth),
    costPerMonth: clean(costPerMonth),
    worthPerMonth: clean(worthPerMonth),
    netPerMonth: clean(worthPerMonth - costPerMonth),
    revenueShare:
      audit.revenue !== null && audit.revenue > 0
        ? clean(costPerMonth / audit.revenue)
        : null,
  };
}

/** Places and ranks every task and totals the plan. Never throws; no NaN or Infinity. */
export function computeAudit(audit: Readonly<Audit>): AuditResult {
  const groups: Record<Group, PlacedTask[]> = {
    first: [],
    next: [],
    steer: [],
    keep: [],
  };
  audit.tasks.forEach((task, index) => {
    const reason = placeTask(task);
    const hoursPerWeek = clean(weeklyHours(task));
    groups[REASON_GROUP[reason]].push({
      task,
      index,
      reason,
      group: REASON_GROUP[reason],
      hoursPerWeek,
      costPerMonth: clean(hoursPerWeek * (task.rate ?? 0) * WEEKS_PER_MONTH),
    });
  });
  for (const group of GROUPS) {
    groups[group].sort(
      (a, b) =>
        handOverWeight(b.task, b.hoursPerWeek) - handOverWeight(a.task, a.hoursPerWeek) ||
        b.hoursPerWeek - a.hoursPerWeek ||
        a.index - b.index,
    );
  }
  const plan = groups.first;
  const totals = planTotals(plan, audit);
  const families = new Set(plan.map((p) => p.task.family));
  return {
    groups,
    totals,
    specialists: SKILL_FAMILIES.filter((f) => families.has(f)),
    goal: checkGoal(audit.goal, totals.hoursPerWeek, [...groups.next, ...groups.steer]),
  };
}

// Compared with a little slack, so 2.3 + 0.7 counts as meeting 3.
const EPSILON = 1e-9;

function checkGoal(
  goal: number | null,
  hours: number,
  next: readonly PlacedTask[],
): GoalCheck {
  if (goal === null || goal <= 0) return { kind: "none" };
  if (hours + EPSILON >= goal) return { kind: "met", goal };
  const add: PlacedTask[] = [];
  let total = hours;
  for (const candidate of next) {
    if (candidate.hoursPerWeek <= 0) continue;
    add.push(candidate);
    total += candidate.hoursPerWeek;
    if (total + EPSILON >= goal)
      return { kind: "short", goal, missing: clean(goal - hours), add };
  }
  return { kind: "short", goal, missing: clean(goal - hours), add: null };
}
