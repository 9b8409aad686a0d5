// The backup file: everything Handoff keeps in this browser, in one JSON file
// a reader can download and restore elsewhere. Pure: it reads and writes text,
// and the caller (src/stores/backup.ts) touches storage.
//
// Format, version 1:
//   { "format": "handoff-backup", "v": 1, "created": "<ISO date>",
//     "site": "<site version>",
//     "tools": { "<tool id>": { "v": <n>, "data": … }, … },
//     "unreadable": { "<tool id>": "<stored text this version could not read>" },
//     "recovery": { "<tool id>": "<text kept in the tool's recovery slot>" } }
// "recovery" (optional, like "unreadable") holds what a tool set aside when
// it replaced stored text it could not read (src/stores/recovery-slot.ts);
// it is restored as text, checked only to be a string of bounded length.
// Each tool's entry is the same versioned envelope it keeps in storage
// (src/lib/storage/envelope.ts); a tool with nothing saved has no entry.
import type { SavedRecord } from "~/lib/storage/saved-record";
import { readEnvelope, writeEnvelope } from "~/lib/storage/envelope";

export const BACKUP_FORMAT = "handoff-backup";
export const BACKUP_VERSION = 1;
/** Larger files are refused unread: a real backup is a few kilobytes. */
export const MAX_BACKUP_BYTES = 2_000_000;

/** A registered tool as the backup names it and reads its record. */
export interface BackupTool {
  readonly id: string;
  readonly shortName: string;
  readonly saved: SavedRecord<unknown>;
}

/** What storage holds under a key, or undefined. */
export type ReadStored = (key: string) => string | undefined;

/**
 * The backup of what `stored` holds for each tool, as pretty JSON text.
 * Records this version cannot read are kept verbatim under "unreadable", so
 * a backup never drops anything the browser held.
 */
export function createBackup(
  tools: readonly BackupTool[],
  stored: ReadStored,
  created: Date,
  site: string,
): string {
  const entries: Record<string, unknown> = {};
  const unreadable: Record<string, string> = {};
  const recovery: Record<string, string> = {};
  for (const { id, saved } of tools) {
    const kept = stored(keptKey(saved.key));
    if (kept) recovery[id] = kept;
    const raw = stored(saved.key);
    if (raw === undefined || raw === "") continue;
    try {
      const envelope: unknown = JSON.parse(raw);
      entries[id] = envelope;
    } catch {
      unreadable[id] = raw;
    }
  }
  return JSON.stringify(
    {
      format: BACKUP_FORMAT,
      v: BACKUP_VERSION,
      created: created.toISOString(),
      site,
      tools: entries,
      ...(Object.keys(unreadable).length > 0 ? { unreadable } : {}),
      ...(Object.keys(recovery).length > 0 ? { recovery } : {}),
    },
    null,
    2,
  );
}

/** What restoring a file would do to one tool's record. */
export type RestoreStep =
  /** Write `text` (a validated, freshly written envelope) over what is stored. */
  | {
      readonly id: string;
      readonly action: "replace";
      readonly text: string;
      readonly what: string;
    }
  /** The file has nothing for this tool: remove what is stored, so the result matches the file. */
  | { readonly id: string; readonly action: "clear" }
  /** Leave this tool's record as it is, and tell the reader why. */
  | { readonly id: string; readonly action: "skip"; readonly why: string };

/** A tool's recovery slot after a restore (see the plan's `recovery`). */
export interface RecoveryStep {
  readonly id: string;
  readonly text: string | null;
}

/** A file read: either refused as a whole, or a plan with one step per tool. */
export type RestorePlan =
  | { readonly ok: false; readonly message: string }
  | {
      readonly ok: true;
      readonly created: string | null;
      readonly steps: readonly RestoreStep[];
      /**
       * Each tool's recovery slot after the restore: the file's kept text, or
       * null (the file has none, so the slot is emptied, as a tool's part is).
       * A tool whose entry is not a bounded string is left out: its slot stays.
       */
      readonly recovery: readonly RecoveryStep[];
    };

/**
 * The longest kept copy restored: stored text a tool reads is capped the same
 * (envelope.ts's MAX_ENVELOPE_LENGTH, not imported: sharing it would add an
 * export to the tools' first download).
 */
const MAX_KEPT_LENGTH = 1_000_000;

/** A tool's recovery slot, as src/stores/recovery-slot.ts names it. */
const keptKey = (storageKey: string): string => `${storageKey}:kept`;

const refuse = (message: string): RestorePlan => ({ ok: false, message });

/** The answer for a file over {@link MAX_BACKUP_BYTES}, given before reading it. */
export const TOO_LARGE: RestorePlan = refuse(
  "This file is too large to be a Handoff backup (a backup is a few kilobytes). Choose the file that “Download a backup” saved.",
);

const NOT_A_BACKUP =
  "This file is not a Handoff backup. Choose the .json file that “Download a backup” saved.";

/**
 * Reads a backup file's text and plans the restore: every tool's part goes
 * through that tool's own validator, a part that fails is skipped with a
 * message naming it, and a file from a newer version is refused whole.
 * Never throws, whatever the text holds.
 */
export function planRestore(text: string, tools: readonly BackupTool[]): RestorePlan {
  if (text.length > MAX_BACKUP_BYTES) return TOO_LARGE;
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse(NOT_A_BACKUP);
  }
  if (typeof file !== "object" || file === null || Array.isArray(file))
    return refuse(NOT_A_BACKUP);
  const record = file as Record<string, unknown>;
  if (own(record, "format") !== BACKUP_FORMAT) return refuse(NOT_A_BACKUP);
  const version = own(record, "v");
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 1) {
    return refuse(NOT_A_BACKUP);
  }
  if (version > BACKUP_VERSION) {
    return refuse(
      "This backup was written by a newer version of Handoff, so this page cannot read it safely. Reload the page (or open Handoff in a fresh tab) and try again; nothing has been changed.",
    );
  }
  const entries = own(record, "tools");
  if (typeof entries !== "object" || entries === null || Array.isArray(entries)) {
    return refuse(NOT_A_BACKUP);
  }
  const created = own(record, "created");
  const kept = own(record, "recovery");
  const keptEntries =
    typeof kept === "object" && kept !== null && !Array.isArray(kept)
      ? (kept as Record<string, unknown>)
      : {};
  const recovery = tools.flatMap(({ id }): RecoveryStep[] => {
    const text = own(keptEntries, id);
    if (text === undefined) return [{ id, text: null }];
    return typeof text === "string" && text !== "" && text.length <= MAX_KEPT_LENGTH
      ? [{ id, text }]
      : [];
  });
  const steps = tools.map((tool) =>
    planStep(tool, own(entries as Record<string, unknown>, tool.id)),
  );
  return {
    ok: true,
    created:
      typeof created === "string" && !Number.isNaN(Date.parse(created)) ? created : null,
    steps,
    recovery,
  };
}

function planStep({ id, shortName, saved }: BackupTool, entry: unknown): RestoreStep {
  if (entry === undefined) return { id, action: "clear" };
  let raw: string;
  try {
    raw = JSON.stringify(entry);
  } catch {
    raw = "";
  }
  const { status, value } = readEnvelope(
    raw,
    saved.version,
    saved.validate,
    saved.migrate,
  );
  if (status === "ok" && value !== null) {
    return {
      id,
      action: "replace",
      text: writeEnvelope(value, saved.version),
      what: saved.describe(value),
    };
  }
  return {
    id,
    action: "skip",
    why:
      status === "newer"
        ? `The ${shortName} part was written by a newer version of Handoff; your current ${shortName} is kept.`
        : `The ${shortName} part of this file is damaged or incomplete, so it was left out; your current ${shortName} is kept.`,
  };
}

/** A property the object holds itself (never one inherited, like "__proto__" or "constructor"). */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
