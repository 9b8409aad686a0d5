// A storage engine for @nanostores/persistent that never throws. The library
// reads and writes its engine like a plain object; this one forwards to
// localStorage when a probe round trip works, and otherwise (or as soon as a
// write fails) keeps values in memory only, so the tools work everywhere and
// merely forget on reload.
import { atom } from "nanostores";
import { setPersistentEngine, windowPersistentEvents } from "@nanostores/persistent";
import { probeStorage } from "~/lib/storage/probe-storage";

/** Whether what the reader enters can be remembered on this device. */
export const $storageWorks = atom(true);

/**
 * What storage holds, through the forgiving engine (undefined until
 * installed). tool-session.ts writes a recovery slot through it directly: a
 * helper function would cost the first download bytes it cannot spare.
 */
export let engine: Record<string, string> | undefined;

/**
 * What is stored under `key` right now, read through the engine (never a
 * cached copy, so a fresh start sees what storage holds).
 */
export function readStored(key: string): string | undefined {
  installStorageEngine();
  return engine?.[key];
}

/**
 * Points @nanostores/persistent at a forgiving engine over localStorage. Safe
 * to call more than once; runs in the browser only.
 */
export function installStorageEngine(): void {
  if (engine) return;
  const storage = probeStorage(() => globalThis.localStorage);
  $storageWorks.set(storage !== null);
  const memory = new Map<string, string>();
  const fail = () => $storageWorks.set(false);
  const read = (key: string): string | undefined => {
    if (storage && $storageWorks.get()) {
      try {
        return storage.getItem(key) ?? undefined;
      } catch {
        fail();
      }
    }
    return memory.get(key);
  };
  engine = new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === "string" ? read(key) : undefined),
    has: (_, key) => typeof key === "string" && read(key) !== undefined,
    set(_, key, value) {
      if (typeof key !== "string") return true;
      memory.set(key, String(value));
      if (storage && $storageWorks.get()) {
        try {
          storage.setItem(key, String(value));
        } catch {
          fail();
        }
      }
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key !== "string") return true;
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        fail();
      }
      return true;
    },
  });
  setPersistentEngine(engine, windowPersistentEvents);
}
