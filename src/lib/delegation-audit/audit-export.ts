// The audit as a CSV file (a row per task, with its group and figures) and as
// Markdown (the plan in words, to paste into notes or an email). Loaded only
// when the reader exports.
import { toCsv, type CsvCell } from "~/lib/export/csv";
import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import { taskDisplayName, type Audit } from "./audit";
import { FAMILY_LABELS } from "./labels";
import type { AuditResult, PlacedTask } from "./audit-result";
import { CONTACT_LABELS, CORE_LABELS, JUDGE_LABELS, SKILL_LABELS } from "./labels";
import { GROUPS } from "./place-task";
import { GROUP_TEXT, REASON_TEXT } from "./reasons";

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Every task, grouped and ranked as the results show them. */
const placedInOrder = (result: AuditResult): PlacedTask[] =>
  GROUPS.flatMap((group) => result.groups[group]);

/** One row per task, in the results' order, then the plan's totals. */
export function auditCsv(audit: Readonly<Audit>, result: AuditResult): string {
  const rows: CsvCell[][] = [
    [
      "Task",
      "Group",
      "Reason",
      "Hours per week",
      "How good you are (1-5)",
      "How core (1-5)",
      "Could judge the result",
      "Customer contact",
      "Skill family",
      `Contractor rate (${audit.currency} per hour)`,
      `Cost per month (${audit.currency})`,
    ],
  ];
  for (const placed of placedInOrder(result)) {
    const { task } = placed;
    rows.push([
      taskDisplayName(task, placed.index),
      GROUP_TEXT[placed.group].title,
      REASON_TEXT[placed.reason].text,
      round2(placed.hoursPerWeek),
      task.skill,
      task.core,
      JUDGE_LABELS[task.judge],
      CONTACT_LABELS[task.contact],
      FAMILY_LABELS[task.family],
      task.rate,
      round2(placed.costPerMonth),
    ]);
  }
  const { totals } = result;
  rows.push([]);
  rows.push(["Plan: hours back per week", round2(totals.hoursPerWeek)]);
  rows.push(["Plan: hours back per month", round2(totals.hoursPerMonth)]);
  rows.push([`Plan: cost per month (${audit.currency})`, round2(totals.costPerMonth)]);
  rows.push([
    `Plan: those hours are worth per month (${audit.currency})`,
    round2(totals.worthPerMonth),
  ]);
  rows.push([`Plan: net per month (${audit.currency})`, round2(totals.netPerMonth)]);
  return toCsv(rows, { bom: true });
}

/** The audit in Markdown: the plan's totals, then each group's tasks with their reasons. */
export function auditMarkdown(
  audit: Readonly<Audit>,
  result: AuditResult,
  locale = "en-US",
): string {
  const money = (x: number) => formatMoney(x, audit.currency, locale);
  const hours = (x: number) => `${formatNumber(x, locale, 1)} h`;
  const { totals } = result;
  const lines = [
    "# Delegation audit",
    "",
    `- Hours back: ${hours(totals.hoursPerWeek)} a week, ${hours(totals.hoursPerMonth)} a month`,
    `- Cost: ${money(totals.costPerMonth)} a month; those hours are worth ${money(totals.worthPerMonth)}; net ${money(totals.netPerMonth)}`,
  ];
  if (totals.revenueShare !== null)
    lines.push(
      `- Set aside about ${formatNumber(totals.revenueShare * 100, locale, 0)}% of monthly revenue`,
    );
  if (result.specialists.length > 0)
    lines.push(
      `- Specialists needed: ${result.specialists.length} (${result.specialists.map((f) => FAMILY_LABELS[f]).join(", ")})`,
    );
  for (const group of GROUPS) {
    const tasks = result.groups[group];
    if (tasks.length === 0) continue;
    lines.push("", `## ${GROUP_TEXT[group].title}`, "");
    for (const placed of tasks) {
      const { task } = placed;
      const name = taskDisplayName(task, placed.index).replace(
        /([\\`*_[\]#<>|])/g,
        "\\$1",
      );
      lines.push(
        `- **${name}**: ${hours(placed.hoursPerWeek)} a week, ${SKILL_LABELS[task.skill].toLowerCase()} at it, core ${task.core}/5 (${CORE_LABELS[task.core].toLowerCase()}), ${FAMILY_LABELS[task.family]}. ${REASON_TEXT[placed.reason].text}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
