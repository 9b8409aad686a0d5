// The audit's way in and out of the page: reading and writing links, and
// checking saved state. Loaded by the store only when the address holds an
// audit or something is saved, and on Copy link; a first visit needs neither.
import type { Audit } from "~/lib/delegation-audit/audit";
import { readAuditLink } from "~/lib/delegation-audit/audit-link";
import { $locale } from "./locale";

export { auditLink, clearAuditLink } from "~/lib/delegation-audit/audit-link";
export { validateAudit } from "~/lib/delegation-audit/validate-audit";

/** Reads a shared link in the reader's locale; see readAuditLink. */
export const readLink = (url: URL, base: Audit) =>
  readAuditLink(url, base, $locale.get());
