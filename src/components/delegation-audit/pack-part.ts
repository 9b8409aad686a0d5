// The audit's part of a coach's pack: its link read and written by its own
// link format, from a new audit, and the plan its model makes of the tasks.
import type { Audit } from "~/lib/delegation-audit/audit";
import type { AuditSummary } from "~/lib/delegation-audit/summary";
import { auditSummaryOf } from "./SummarySection";
import { LINK_BASE, queryAndFragment, type PackPart } from "~/lib/pack/pack-types";
import { auditSession } from "~/stores/delegation-audit";
import { auditLink, readLink } from "~/stores/delegation-audit-io";

export const packPart: PackPart<Audit, { summary: AuditSummary; locale: string }> = {
  // The session's starting state, as the tool reads a link from it (never started here).
  read: (url) => readLink(url, auditSession.core.base()),
  write: (audit) => queryAndFragment(auditLink(audit, new URL(LINK_BASE))),
  summarize(audit, { locale }) {
    const summary = auditSummaryOf(audit);
    return summary && { summary, locale };
  },
};
