// Where one task belongs, by the sources' rules. Each task is placed on its
// own, so adding or removing another task never moves it.
import type { AuditTask } from "./audit";

/** The four groups, in the order the results show them. */
export const GROUPS = ["first", "next", "steer", "keep"] as const;
export type Group = (typeof GROUPS)[number];

/**
 * Why a task is where it is; each has one sentence (reasons.ts):
 * - core: rated 5 on core, what clients pay for (S4.6)
 * - contact: direct customer contact other than customer service or finding leads (S4.6)
 * - strong: good at it (4+) and core to the business (4): the "keep" quadrant (S3.2)
 * - steer: the reader could not judge a contractor's result (S3.5)
 * - weak: not strong at it (3 or less) and not central (3 or less) (S3.2)
 * - good: good at it but not central: when hours run short (S3.2)
 * - expert: central (4) and not strong at it: expert help, decisions kept (S3.2)
 */
export type Reason = "core" | "contact" | "strong" | "steer" | "weak" | "good" | "expert";

/** Which group each reason puts a task in. */
export const REASON_GROUP: Readonly<Record<Reason, Group>> = {
  core: "keep",
  contact: "keep",
  strong: "keep",
  steer: "steer",
  weak: "first",
  good: "next",
  expert: "next",
};

/** The highest rating that still counts as "not strong at it" or "not central". */
const MIDDLE = 3;

/**
 * Places a task. The rules, in order, the first that applies:
 * 1. rated 5 on core: keep (never hand over what you are the go-to expert for);
 * 2. direct customer contact, unless it is customer service or lead
 *    generation: keep;
 * 3. good at it (4 or 5) and core 4: keep;
 * 4. could not judge the result: learn enough to steer it first;
 * 5. not strong at it and not central (both 3 or less): hand over first;
 * 6. otherwise: hand over next.
 */
export function placeTask(
  task: Pick<AuditTask, "skill" | "core" | "judge" | "contact" | "family">,
): Reason {
  if (task.core === 5) return "core";
  if (task.contact === "customers" && task.family !== "customer-service")
    return "contact";
  if (task.skill > MIDDLE && task.core > MIDDLE) return "strong";
  if (task.judge === "no") return "steer";
  if (task.skill <= MIDDLE && task.core <= MIDDLE) return "weak";
  return task.skill > MIDDLE ? "good" : "expert";
}

/**
 * How strongly a task calls to be handed over: how weak the reader is at it
 * (5 − skill) plus how little it is core (5 − core), weighted by its weekly
 * hours. Tasks are ranked by it within their group.
 */
export const handOverWeight = (
  task: Pick<AuditTask, "skill" | "core">,
  hoursPerWeek: number,
): number => (10 - task.skill - task.core) * hoursPerWeek;
