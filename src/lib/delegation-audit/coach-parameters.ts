// The audit's link, described for the coaches' parameter table: the figures
// in the query come from the codec; the tasks in the fragment have their own
// format (audit-link.ts), described here from the same constants it reads
// with, so the table cannot drift from the reader.
import {
  codecParameterRows,
  type ParameterNotes,
  type ParameterRow,
} from "~/lib/coaches/parameter-table";
import {
  CONTACT_VALUES,
  JUDGE_VALUES,
  LIMITS,
  MAX_TASKS,
  NAME_MAX_LENGTH,
  SKILL_FAMILIES,
} from "./audit";
import { auditQuery, NO_TASKS, TASK_KEY } from "./audit-link";
import { maxHours } from "./validate-audit";

const pair = (key: string, value: string) =>
  new URLSearchParams([[key, value]]).toString();

/** Notes for codecParameterRows(auditQuery, …): what a missing key means. */
export const auditParameterNotes: ParameterNotes = {
  rev: { default: "(not given: no share of revenue shown)" },
  goal: { default: "(no goal)" },
};

type FragmentRow = Omit<ParameterRow, "part">;

/**
 * The task keys after the "#", in the order a link writes them: "t" starts a
 * task and the keys after it describe that task, until the next "t".
 */
export const AUDIT_FRAGMENT_PARAMETERS: readonly ParameterRow[] = (
  [
    {
      key: TASK_KEY,
      meaning: `Starts a task; the keys after it describe it (the whole fragment "${NO_TASKS}" means an empty list)`,
      unit: "",
      allowed: `1 to 4 lower-case letters, different for each task; at most ${MAX_TASKS} tasks`,
      default: "(the tasks of the page: none on the tool's page)",
      example: pair(TASK_KEY, "a"),
    },
    {
      key: "n",
      meaning: "Task's name",
      unit: "",
      allowed: `Text, up to ${NAME_MAX_LENGTH} characters`,
      default: "Task 1, 2, …",
      example: pair("n", "Bookkeeping"),
    },
    {
      key: "h",
      meaning: "Hours the task takes, per week or per month (see p)",
      unit: "hours",
      allowed: `0 to ${LIMITS.hours} a week, or 0 to ${maxHours("month")} a month`,
      default: "(empty: the reader fills it in)",
      example: pair("h", "3"),
    },
    {
      key: "p",
      meaning: "What the hours are counted per",
      unit: "",
      allowed: "week, month",
      default: "week",
      example: pair("p", "month"),
    },
    {
      key: "s",
      meaning: "How good you are at it (1 weak or slow, 5 expert)",
      unit: "",
      allowed: "1 to 5",
      default: "3",
      example: pair("s", "2"),
    },
    {
      key: "k",
      meaning: "How core it is to the business (5: what clients pay you for)",
      unit: "",
      allowed: "1 to 5",
      default: "3",
      example: pair("k", "2"),
    },
    {
      key: "j",
      meaning: "Whether you could judge a contractor's result",
      unit: "",
      allowed: JUDGE_VALUES.join(", "),
      default: "yes",
      example: pair("j", "roughly"),
    },
    {
      key: "x",
      meaning: "Direct contact with customers (leads: finding new ones)",
      unit: "",
      allowed: CONTACT_VALUES.join(", "),
      default: "none",
      example: pair("x", "customers"),
    },
    {
      key: "f",
      meaning: "Skill family: the kind of specialist it needs",
      unit: "",
      allowed: SKILL_FAMILIES.join(", "),
      default: "admin",
      example: pair("f", "bookkeeping"),
    },
    {
      key: "r",
      meaning: "A contractor's hourly rate for it",
      unit: "currency per hour",
      allowed: `0 to ${LIMITS.rate}`,
      default: "(empty: the reader fills it in)",
      example: pair("r", "45"),
    },
  ] satisfies FragmentRow[]
).map((row) => ({ ...row, part: "fragment" as const }));

/** The audit's link parameters, as the coaches' page lists them: the query's, then the tasks'. */
export const COACH_PARAMETERS: readonly ParameterRow[] = [
  ...codecParameterRows(auditQuery, auditParameterNotes),
  ...AUDIT_FRAGMENT_PARAMETERS,
];
