// A tool's recovery slot: the stored text this version could not read, copied
// aside by tool-session.ts's save() just before its first save replaced it
// (it writes the key itself, `<storageKey>:kept`, to spare the first download
// a function). Everything here loads only when there is a kept copy to offer.
import { downloadFile } from "~/components/ui/download-file";
import { keptKey } from "~/lib/storage/kept-key";
import { engine, installStorageEngine, readStored } from "./storage-engine";

/** The text kept aside for the tool stored under `storageKey`, if any. */
export function readKept(storageKey: string): string | undefined {
  return readStored(keptKey(storageKey));
}

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
  installStorageEngine();
  delete engine![keptKey(storageKey)];
}
