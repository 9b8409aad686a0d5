import type { SavedRecord } from "~/lib/storage/saved-record";
import { countOf } from "~/lib/format/count-of";
import { AUDIT_STORAGE_VERSION, type Audit } from "./audit";
import { validateAudit } from "./validate-audit";

/** The audit's tasks and figures. */
export const savedData: SavedRecord<Audit> = {
  key: "handoff:delegation-audit",
  version: AUDIT_STORAGE_VERSION,
  validate: validateAudit,
  describe: ({ tasks }) => countOf(tasks.length, "task"),
  worthKeeping: ({ tasks }) => tasks.length > 0,
};
