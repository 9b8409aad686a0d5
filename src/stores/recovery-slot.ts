// A tool's recovery slot: the stored text this version could not read, copied
// aside by tool-session.ts's save() just before its first save replaced it
// (it writes the key itself, `<storageKey>:kept`, to spare the first download
// a function). Everything here loads only when there is a kept copy to offer.
import { downloadFile } from "~/components/ui/download-file";

/**
 * The slot's key. Written out again in tool-session.ts (inline, to spare the
 * first download a function), SessionNotices.tsx and backup-file.ts (kept
 * pure), because a module they shared would become one more chunk whose name
 * every page's first download lists; tests/unit/recovery-slot.test.ts checks
 * they agree.
 */
export const keptKey = (storageKey: string): string => `${storageKey}:kept`;

/** The file name of a kept copy: "handoff-scorecard-kept-copy.json". */
export function keptFileName(storageKey: string): string {
  return `${storageKey.replace(/^handoff:/, "handoff-").replace(/[^a-z0-9-]/gi, "-")}-kept-copy.json`;
}

/** Offers `text` (a kept copy, or unreadable text still stored) as a .json file. */
export function downloadKept(storageKey: string, text: string): void {
  downloadFile(keptFileName(storageKey), text, "application/json");
}

/** Removes the kept copy; the next unreadable text can then be kept aside. */
export function discardKept(storageKey: string): void {
  try {
    localStorage.removeItem(keptKey(storageKey));
  } catch {
    // Storage that throws holds nothing to discard.
  }
}

/**
 * What localStorage holds under `key`, or undefined (also when it throws).
 * Read directly, not through storage-engine.ts: importing from the tools'
 * first-load chunk would add exports to it.
 */
export function storedText(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}
