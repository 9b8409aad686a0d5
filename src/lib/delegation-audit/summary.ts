import { readEnvelope } from "~/lib/storage/envelope";
import { AUDIT_STORAGE_VERSION, taskDisplayName, type Audit } from "./audit";
import { FAMILY_LABELS } from "./labels";
import { computeAudit, type PlanTotals } from "./audit-result";
import { GROUPS, type Group } from "./place-task";
import { GROUP_TEXT } from "./reasons";
import { validateAudit } from "./validate-audit";

/** What the summary shows of the reader's saved audit. */
export interface AuditSummary {
  /** Each non-empty group's heading and its tasks' names, ranked. */
  readonly groups: readonly {
    readonly title: string;
    readonly tasks: readonly string[];
  }[];
  readonly totals: PlanTotals;
  readonly currency: string;
  /** The specialists the plan needs, named. */
  readonly specialists: readonly string[];
}

/**
 * Reads the audit's stored text (the "handoff:delegation-audit" envelope)
 * through its own validator and model. Null when nothing usable is stored or
 * the list has no tasks.
 */
export function auditSummary(raw: string | null | undefined): AuditSummary | null {
  const { value: audit } = readEnvelope(raw, AUDIT_STORAGE_VERSION, validateAudit);
  return audit ? auditSummaryOf(audit) : null;
}

/**
 * The summary of an audit, wherever it came from (saved, or a coach's pack),
 * through its own model. Null when the list has no tasks.
 */
export function auditSummaryOf(audit: Readonly<Audit>): AuditSummary | null {
  if (audit.tasks.length === 0) return null;
  const result = computeAudit(audit);
  return {
    groups: GROUPS.filter((group: Group) => result.groups[group].length > 0).map(
      (group) => ({
        title: GROUP_TEXT[group].title,
        tasks: result.groups[group].map((p) => taskDisplayName(p.task, p.index)),
      }),
    ),
    totals: result.totals,
    currency: audit.currency,
    specialists: result.specialists.map((f) => FAMILY_LABELS[f]),
  };
}
