// Downloading and restoring the backup file (src/lib/backup/backup-file.ts)
// against this browser's storage. Loaded only when a reader asks for either.
// Writes go straight to localStorage: other open tabs follow through the
// browser's storage events, as they follow any save.
import {
  createBackup,
  MAX_BACKUP_BYTES,
  planRestore,
  TOO_LARGE,
  type BackupTool,
  type RecoveryStep,
  type RestorePlan,
  type RestoreStep,
} from "~/lib/backup/backup-file";
import type { SavedRecord } from "~/lib/storage/saved-record";
import { readEnvelope } from "~/lib/storage/envelope";
import { localIsoDate } from "~/lib/format/local-date";
import { TOOLS } from "~/lib/tools/tool-catalogue";
import { version as SITE_VERSION } from "../../package.json";

// Every tool describes its stored record in src/lib/<id>/saved-data.ts.
const described = import.meta.glob<SavedRecord<unknown>>("../lib/*/saved-data.ts", {
  eager: true,
  import: "savedData",
});
// A tool that keeps more records than that one (the calculator's scenarios)
// lists them, by a short name, in src/lib/<id>/more-saved-data.ts.
const more = import.meta.glob<Readonly<Record<string, SavedRecord<unknown>>>>(
  "../lib/*/more-saved-data.ts",
  { eager: true, import: "moreSavedData" },
);

/**
 * The registered tools with their stored records, in the registry's order;
 * each further record follows its tool as a part of its own, named
 * "<tool id>.<record name>" in the file, so the file format stays as it was.
 */
export const BACKUP_TOOLS: readonly BackupTool[] = TOOLS.flatMap(({ id, shortName }) => {
  const saved = described[`../lib/${id}/saved-data.ts`];
  if (!saved) throw new Error(`No src/lib/${id}/saved-data.ts`);
  const extra = Object.entries(more[`../lib/${id}/more-saved-data.ts`] ?? {}).map(
    ([name, record]) => ({
      id: `${id}.${name}`,
      shortName: `${shortName} ${name}`,
      saved: record,
    }),
  );
  return [{ id, shortName, saved }, ...extra];
});

/** A tool's recovery slot, as src/stores/recovery-slot.ts names it. */
const keptKey = (storageKey: string): string => `${storageKey}:kept`;

/** What localStorage holds under `key`, or undefined (also when it throws). */
export function stored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The backup of what this browser holds now: its file name and its text. */
export function backupFile(now = new Date()): { fileName: string; text: string } {
  return {
    fileName: `handoff-backup-${localIsoDate(now)}.json`,
    text: createBackup(BACKUP_TOOLS, stored, now, SITE_VERSION),
  };
}

/** Reads a chosen file into a restore plan (never throws). */
export async function readBackupFile(file: File): Promise<RestorePlan> {
  // Checked before reading, so a 50 MB file costs nothing.
  if (file.size > MAX_BACKUP_BYTES) return TOO_LARGE;
  try {
    return planRestore(await file.text(), BACKUP_TOOLS);
  } catch {
    return { ok: false, message: "This file could not be read. Choose it again." };
  }
}

/** What is saved now for a tool, in the words its record uses ("2 candidates, 1 rated"), or null. */
export function describeCurrent(tool: BackupTool): string | null {
  const { value } = readEnvelope(
    stored(tool.saved.key),
    tool.saved.version,
    tool.saved.validate,
    tool.saved.migrate,
  );
  return value === null ? null : tool.saved.describe(value);
}

/** How to put storage back as it was before a restore. */
export type UndoRestore = () => void;

/**
 * Applies a plan's steps, all or nothing: if storage refuses a write, what was
 * written is put back and the error is reported. Returns how to undo it.
 */
export function applyRestore(
  steps: readonly RestoreStep[],
  recovery: readonly RecoveryStep[] = [],
): UndoRestore {
  const keys = new Map(BACKUP_TOOLS.map((tool) => [tool.id, tool.saved.key]));
  const before = new Map<string, string | null>();
  for (const key of keys.values()) {
    before.set(key, localStorage.getItem(key));
    before.set(keptKey(key), localStorage.getItem(keptKey(key)));
  }
  const putBack = () => {
    for (const [key, raw] of before) {
      try {
        if (raw === null) localStorage.removeItem(key);
        else localStorage.setItem(key, raw);
      } catch {
        // Best effort: a storage that refused the restore may refuse this too.
      }
    }
  };
  try {
    for (const step of steps) {
      const key = keys.get(step.id);
      if (key === undefined || step.action === "skip") continue;
      if (step.action === "clear") localStorage.removeItem(key);
      else localStorage.setItem(key, step.text);
    }
    for (const { id, text } of recovery) {
      const key = keys.get(id);
      if (key === undefined) continue;
      if (text === null) localStorage.removeItem(keptKey(key));
      else localStorage.setItem(keptKey(key), text);
    }
  } catch (error) {
    putBack();
    throw error;
  }
  return putBack;
}

/** Whether the browser keeps the site's storage until the reader clears it; null when it cannot say. */
export async function storageIsPersistent(): Promise<boolean | null> {
  try {
    return (await navigator.storage?.persisted?.()) ?? null;
  } catch {
    return null;
  }
}
