// Reads an audit from untrusted data (localStorage, a backup file): builds a
// fresh object from the fields it knows, so "__proto__" and friends in JSON
// mean nothing, and repairs what it can rather than throwing the list away.
import {
  SUPPORTED_CURRENCIES,
  type SupportedCurrency,
} from "~/lib/format/default-currency";
import {
  CONTACT_VALUES,
  isScore,
  JUDGE_VALUES,
  LIMITS,
  MAX_TASKS,
  NAME_MAX_LENGTH,
  SKILL_FAMILIES,
  WEEKS_PER_MONTH,
  type Audit,
  type AuditTask,
  type HoursPer,
} from "./audit";
import { cleanText } from "~/lib/text/clean-text";
import { blankTask } from "./presets";
import { freeTaskId, TASK_ID } from "./task-id";

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const own = (object: Loose, key: string): unknown =>
  Object.hasOwn(object, key) ? object[key] : undefined;

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  typeof value === "string" && (values as readonly string[]).includes(value)
    ? (value as T)
    : fallback;

/** A finite number in [min, max], else null. */
export function amountIn(value: unknown, min: number, max: number): number | null {
  return typeof value === "number" &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max
    ? value + 0
    : null;
}

/** The most hours a task may take per `per`. */
export const maxHours = (per: HoursPer): number =>
  per === "week" ? LIMITS.hours : Math.floor(LIMITS.hours * WEEKS_PER_MONTH);

/** Whether `currency` is one the tools offer. */
export const isCurrency = (currency: unknown): currency is SupportedCurrency =>
  typeof currency === "string" &&
  (SUPPORTED_CURRENCIES as readonly string[]).includes(currency);

function readTask(
  data: Loose,
  taken: Set<string>,
  currency: SupportedCurrency,
): AuditTask {
  const blank = blankTask(currency);
  const rawId = own(data, "id");
  const id =
    typeof rawId === "string" && TASK_ID.test(rawId) && !taken.has(rawId)
      ? rawId
      : freeTaskId(taken);
  taken.add(id);
  const per = oneOf<HoursPer>(["week", "month"], own(data, "per"), "week");
  const skill = own(data, "skill");
  const core = own(data, "core");
  return {
    id,
    name: cleanText(own(data, "name"), NAME_MAX_LENGTH, false).text,
    hours: amountIn(own(data, "hours"), 0, maxHours(per)),
    per,
    skill: isScore(skill) ? skill : blank.skill,
    core: isScore(core) ? core : blank.core,
    judge: oneOf(JUDGE_VALUES, own(data, "judge"), blank.judge),
    contact: oneOf(CONTACT_VALUES, own(data, "contact"), blank.contact),
    family: oneOf(SKILL_FAMILIES, own(data, "family"), blank.family),
    rate: amountIn(own(data, "rate"), 0, LIMITS.rate),
  };
}

/** The audit `data` holds, repaired field by field, or null when it is not an audit at all. */
export function validateAudit(data: unknown): Audit | null {
  if (!isObject(data)) return null;
  const tasks = own(data, "tasks");
  if (!Array.isArray(tasks)) return null;
  const currency = isCurrency(own(data, "currency"))
    ? (own(data, "currency") as SupportedCurrency)
    : "USD";
  const taken = new Set<string>();
  return {
    tasks: tasks
      .filter(isObject)
      .slice(0, MAX_TASKS)
      .map((task) => readTask(task, taken, currency)),
    value: amountIn(own(data, "value"), 0, LIMITS.value),
    revenue: amountIn(own(data, "revenue"), 0, LIMITS.revenue),
    goal: amountIn(own(data, "goal"), 0, LIMITS.goal),
    currency,
  };
}
