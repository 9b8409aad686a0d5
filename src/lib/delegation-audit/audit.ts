// The delegation audit's data: the reader's list of recurring tasks and the
// few figures asked once for the whole audit. Plain data, so it can be stored,
// put in a link and read back by the same validator.
import type { SupportedCurrency } from "~/lib/format/default-currency";

/** The kinds of specialist a task needs (S4.3: no one contractor does them all). */
export const SKILL_FAMILIES = [
  "admin",
  "bookkeeping",
  "writing",
  "design",
  "marketing",
  "technical",
  "customer-service",
] as const;

/** One of {@link SKILL_FAMILIES}. */
export type SkillFamily = (typeof SKILL_FAMILIES)[number];

/** Whether the reader could tell a good result from a poor one (S3.5). */
export type Judge = "yes" | "roughly" | "no";
export const JUDGE_VALUES: readonly Judge[] = ["yes", "roughly", "no"];

/**
 * Whether the task puts the reader in direct contact with customers; "leads"
 * is contact while finding new ones (lead generation), which S4.6 lets go.
 */
export type Contact = "none" | "customers" | "leads";
export const CONTACT_VALUES: readonly Contact[] = ["none", "customers", "leads"];

/** What a task's hours are counted per. */
export type HoursPer = "week" | "month";

/** A rating from 1 to 5. */
export type Score = 1 | 2 | 3 | 4 | 5;

/** One recurring task on the reader's list. */
export interface AuditTask {
  /** Stable within one audit: 1 to 4 lower-case letters. */
  id: string;
  /** The reader's name for it; may be empty (shown as "Task 3"). */
  name: string;
  /** Hours it takes per `per`; null while the field is empty or invalid. */
  hours: number | null;
  per: HoursPer;
  /** How good the reader is at it: 1 weak or slow, 5 expert. */
  skill: Score;
  /** How core it is to the business: 5 is what clients pay the reader for. */
  core: Score;
  judge: Judge;
  contact: Contact;
  family: SkillFamily;
  /** A contractor's hourly rate for it; null while empty or invalid. */
  rate: number | null;
}

/** The whole audit. */
export interface Audit {
  tasks: AuditTask[];
  /** What an hour of the reader's time is worth, per hour; null while invalid. */
  value: number | null;
  /** Monthly revenue, optional. */
  revenue: number | null;
  /** Hours a week the reader wants back, optional. */
  goal: number | null;
  currency: SupportedCurrency;
}

/** Limits of every figure, shared by the form, the link and the validator. */
export const LIMITS = {
  /** Hours per week (a month's hours are checked against this × 52 ÷ 12). */
  hours: 100,
  rate: 100_000,
  value: 100_000,
  revenue: 100_000_000,
  goal: 100,
} as const;

/** The version of the audit's stored shape (src/stores/delegation-audit.ts); bump it when the shape changes. */
export const AUDIT_STORAGE_VERSION = 1;

/** At most this many tasks: more than a working week's worth of rows. */
export const MAX_TASKS = 40;

/** Longest task name. */
export const NAME_MAX_LENGTH = 60;

/** Weeks in a month on average: 52 ÷ 12. */
export const WEEKS_PER_MONTH = 52 / 12;

/** The task's hours per week (0 while its hours are missing). */
export function weeklyHours(task: Pick<AuditTask, "hours" | "per">): number {
  if (task.hours === null) return 0;
  return task.per === "month" ? task.hours / WEEKS_PER_MONTH : task.hours;
}

/** The name to show: the reader's, or "Task 3" when it is blank. */
export function taskDisplayName(task: Pick<AuditTask, "name">, index: number): string {
  return task.name.trim() || `Task ${index + 1}`;
}

/** Whether `x` is an allowed 1-5 rating. */
export const isScore = (x: unknown): x is Score =>
  x === 1 || x === 2 || x === 3 || x === 4 || x === 5;
