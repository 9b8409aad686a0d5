const PROBE_KEY = "handoff:probe";

/**
 * Returns the storage `getStorage` gives only if a set/get/remove round trip
 * works, else null. Storage can be missing (old or locked-down browsers), its
 * getter can throw (a SecurityError when cookies are blocked), and writes can
 * fail (QuotaExceededError in some private modes): in every case the tools
 * simply remember nothing. Pass a getter, not the storage itself, because
 * merely reading `window.localStorage` is what throws.
 */
export function probeStorage(getStorage: () => Storage | undefined): Storage | null {
  try {
    const storage = getStorage();
    if (storage === undefined || storage === null) return null;
    const token = String(Date.now());
    storage.setItem(PROBE_KEY, token);
    const readBack = storage.getItem(PROBE_KEY);
    storage.removeItem(PROBE_KEY);
    return readBack === token ? storage : null;
  } catch {
    return null;
  }
}
