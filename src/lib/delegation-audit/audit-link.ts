// An audit as a link. The figures asked once (your hour's value, revenue,
// goal, currency) go in the query string through the kit's allow-list codec.
// The tasks go in the fragment, after "#", which browsers never send to a
// server, so what a reader does all week stays out of server logs. The
// fragment is a URLSearchParams string in which each "t" starts a task and the
// keys after it describe it:
//
//   #t=a&n=Bookkeeping&h=3&p=week&s=2&k=2&j=roughly&x=none&f=bookkeeping&r=45
//
// t id, n name, h hours, p per (week|month), s how good (1-5), k how core
// (1-5), j could judge (yes|roughly|no), x customer contact
// (none|customers|leads), f skill family, r contractor's rate per hour.
// An audit with no tasks is written "#notasks".
import {
  SUPPORTED_CURRENCIES,
  type SupportedCurrency,
} from "~/lib/format/default-currency";
import { formatNumber } from "~/lib/format/format-number";
import { fromCanonicalNumber, toCanonicalNumber } from "~/lib/url/canonical-number";
import { defineCodec, MAX_NOTICES } from "~/lib/url/define-codec";
import { quoteFromUrl } from "~/lib/url/quote-from-url";
import {
  CONTACT_VALUES,
  isScore,
  JUDGE_VALUES,
  LIMITS,
  MAX_TASKS,
  NAME_MAX_LENGTH,
  SKILL_FAMILIES,
  type Audit,
  type AuditTask,
  type HoursPer,
} from "./audit";
import { cleanText } from "~/lib/text/clean-text";
import { blankTask, DEFAULT_HOUR_VALUE } from "./presets";
import { freeTaskId, TASK_ID } from "./task-id";
import { maxHours } from "./validate-audit";

/** The query-string settings. */
export const auditQuery = defineCodec({
  version: 1,
  fields: {
    value: {
      kind: "number",
      label: "What an hour of your time is worth",
      unit: "currency per hour",
      min: 0,
      max: LIMITS.value,
      default: DEFAULT_HOUR_VALUE,
    },
    rev: {
      kind: "number",
      label: "Monthly revenue",
      unit: "currency per month",
      min: 0,
      max: LIMITS.revenue,
      default: 0,
    },
    goal: {
      kind: "number",
      label: "Hours a week you want back",
      unit: "hours",
      min: 0,
      max: LIMITS.goal,
      default: 0,
    },
    cur: {
      kind: "enum",
      label: "Currency (ISO code)",
      values: SUPPORTED_CURRENCIES,
      default: "USD",
    },
  },
});

/** The fragment key of a coach's note (NOTE_KEY in lib/coaches/coach-note.ts). */
export const COACH_NOTE_KEY = "note";

/** The fragment key that starts a task. */
export const TASK_KEY = "t";

/** The fragment of an audit with no tasks at all. */
export const NO_TASKS = "notasks";

/** The keys that describe the task started by the last "t", in the order links write them. */
export const TASK_KEYS = ["n", "h", "p", "s", "k", "j", "x", "f", "r"] as const;
type TaskKey = (typeof TASK_KEYS)[number];
const isTaskKey = (key: string): key is TaskKey =>
  (TASK_KEYS as readonly string[]).includes(key);

/**
 * A link to `page` that reproduces `audit`: figures in the query string, tasks
 * in the fragment. Other keys and any fragment of `page` are dropped; the path
 * is kept, so a link made in an article opens there.
 */
export function auditLink(audit: Readonly<Audit>, page: URL): URL {
  const url = new URL(page.pathname, page);
  const query = auditQuery.encode({
    value: audit.value ?? DEFAULT_HOUR_VALUE,
    rev: audit.revenue ?? 0,
    goal: audit.goal ?? 0,
    cur: audit.currency,
  });
  // What the reader left empty stays out of the link rather than becoming 0.
  if (audit.value === null) query.delete("value");
  if (audit.revenue === null) query.delete("rev");
  if (audit.goal === null) query.delete("goal");
  url.search = query.toString();
  if (audit.tasks.length === 0) {
    url.hash = NO_TASKS;
    return url;
  }
  const fragment = new URLSearchParams();
  for (const task of audit.tasks) {
    fragment.append(TASK_KEY, task.id);
    fragment.append("n", task.name);
    if (task.hours !== null) fragment.append("h", toCanonicalNumber(task.hours));
    fragment.append("p", task.per);
    fragment.append("s", String(task.skill));
    fragment.append("k", String(task.core));
    fragment.append("j", task.judge);
    fragment.append("x", task.contact);
    fragment.append("f", task.family);
    if (task.rate !== null) fragment.append("r", toCanonicalNumber(task.rate));
  }
  url.hash = fragment.toString();
  return url;
}

/** The fragment's tasks, [] for "#notasks", or null when the fragment is not the audit's. */
function fragmentParams(url: URL): URLSearchParams | "none" | null {
  const hash = url.hash.slice(1);
  if (hash === NO_TASKS) return "none";
  const params = new URLSearchParams(hash);
  return params.has(TASK_KEY) ? params : null;
}

/** Reads the fragment's tasks; see the module comment for the format. */
function readTasks(
  params: URLSearchParams,
  audit: Pick<Audit, "currency">,
  notices: string[],
  locale: string,
): AuditTask[] {
  const tasks: AuditTask[] = [];
  const taken = new Set<string>();
  let current: AuditTask | null = null;
  let seen = new Set<string>();
  let extra = 0;
  let problems = 0;
  const notice = (text: string) => {
    if (notices.length < MAX_NOTICES) notices.push(text);
    else problems += 1;
  };

  for (const [key, value] of params) {
    if (key === COACH_NOTE_KEY) continue;
    const quoted = () => quoteFromUrl(`${key}=${value}`);
    if (key === TASK_KEY) {
      if (tasks.length >= MAX_TASKS) {
        extra += 1;
        current = null;
        continue;
      }
      const id = TASK_ID.test(value) && !taken.has(value) ? value : freeTaskId(taken);
      taken.add(id);
      current = { ...blankTask(audit.currency), id, rate: null };
      tasks.push(current);
      seen = new Set();
      continue;
    }
    if (current === null) {
      if (extra === 0 || !isTaskKey(key))
        notice(`Ignored ${quoted()}: it comes before the first task`);
      continue;
    }
    if (!isTaskKey(key)) {
      notice(`Ignored ${quoted()}: not part of a task`);
      continue;
    }
    const label = `task ${tasks.length}`;
    if (seen.has(key)) {
      notice(`Ignored ${quoted()}: given twice for ${label}, the first counts`);
      continue;
    }
    seen.add(key);
    const problem = readField(current, key, value);
    if (problem) notice(`Ignored ${quoted()} for ${label}: ${problem}`);
  }
  // Hours were read before "p" may have said "month": check them against it now.
  for (const [i, task] of tasks.entries()) {
    if (task.hours !== null && task.hours > maxHours(task.per)) {
      notice(
        `Ignored the hours of task ${i + 1}: at most ${maxHours(task.per)} a ${task.per}`,
      );
      task.hours = null;
    }
  }
  if (extra > 0) {
    notices.unshift(
      `Ignored ${formatNumber(extra, locale, 0)} ${extra === 1 ? "task" : "tasks"}: an audit holds at most ${MAX_TASKS}`,
    );
  }
  if (problems > 0) {
    notices.push(
      `Ignored ${formatNumber(problems, locale, 0)} more ${problems === 1 ? "problem" : "problems"} in the tasks`,
    );
  }
  return tasks;
}

/** Sets one field of `task` from the link; returns why not, or null. */
function readField(task: AuditTask, key: TaskKey, value: string): string | null {
  const pick = <T extends string>(values: readonly T[]): T | null =>
    (values as readonly string[]).includes(value) ? (value as T) : null;
  switch (key) {
    case "n": {
      const clean = cleanText(value, NAME_MAX_LENGTH, false);
      task.name = clean.text;
      return clean.changed ? `kept ${NAME_MAX_LENGTH} characters of plain text` : null;
    }
    case "h":
    case "r": {
      const number = fromCanonicalNumber(value);
      const max = key === "h" ? maxHours("month") : LIMITS.rate;
      if (number === null || number < 0 || number > max)
        return `must be a number from 0 to ${max}`;
      if (key === "h") task.hours = number;
      else task.rate = number;
      return null;
    }
    case "p": {
      const per = pick<HoursPer>(["week", "month"]);
      if (per) task.per = per;
      return per ? null : "must be week or month";
    }
    case "s":
    case "k": {
      const score = Number(value);
      if (!/^[1-5]$/.test(value) || !isScore(score)) return "must be 1 to 5";
      if (key === "s") task.skill = score;
      else task.core = score;
      return null;
    }
    case "j": {
      const judge = pick(JUDGE_VALUES);
      if (judge) task.judge = judge;
      return judge ? null : `must be one of ${JUDGE_VALUES.join(", ")}`;
    }
    case "x": {
      const contact = pick(CONTACT_VALUES);
      if (contact) task.contact = contact;
      return contact ? null : `must be one of ${CONTACT_VALUES.join(", ")}`;
    }
    case "f": {
      const family = pick(SKILL_FAMILIES);
      if (family) task.family = family;
      return family ? null : `must be one of ${SKILL_FAMILIES.join(", ")}`;
    }
  }
}

/**
 * Reads an audit link. Null when the URL has neither the audit's query keys
 * nor its tasks in the fragment (an ordinary visit, or a link to a heading).
 * Otherwise exactly the link's audit, `base` filling what it leaves out, and
 * one plain-text notice per thing ignored or changed. Text from the link is
 * plain text; the view never treats it as markup.
 */
export function readAuditLink(
  url: URL,
  base: Readonly<Audit>,
  locale = "en-US",
): { state: Audit; notices: string[] } | null {
  const query = auditQuery.decode(url.searchParams, locale);
  const fragment = fragmentParams(url);
  if (!query.hasParams && fragment === null) return null;
  const { values } = query;
  const currency = (values.cur as SupportedCurrency | undefined) ?? base.currency;
  const notices = [...query.notices];
  const tasks =
    fragment === null
      ? base.tasks
      : fragment === "none"
        ? []
        : readTasks(fragment, { currency }, notices, locale);
  const optional = (x: number | undefined) => (x === undefined || x === 0 ? null : x);
  return {
    state: {
      tasks,
      value: query.hasParams ? (values.value ?? DEFAULT_HOUR_VALUE) : base.value,
      revenue: query.hasParams ? optional(values.rev) : base.revenue,
      goal: query.hasParams ? optional(values.goal) : base.goal,
      currency,
    },
    notices,
  };
}

/** Removes the audit's query keys and, when it holds tasks, the fragment. */
export function clearAuditLink(url: URL): URL {
  const cleared = new URL(url);
  for (const key of ["v", ...Object.keys(auditQuery.fields)])
    cleared.searchParams.delete(key);
  if (fragmentParams(cleared) !== null) cleared.hash = "";
  return cleared;
}
