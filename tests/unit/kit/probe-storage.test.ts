import { describe, expect, it } from "vitest";
import { probeStorage } from "~/lib/storage/probe-storage";

/** An in-memory Storage; `broken` lets a test make one method misbehave. */
function memoryStorage(broken: Partial<Storage> = {}): Storage {
  const items = new Map<string, string>();
  const storage: Storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, String(value));
    },
  };
  return Object.assign(storage, broken);
}

describe("probeStorage", () => {
  it("returns the storage when a round trip works, and leaves nothing behind", () => {
    const storage = memoryStorage();
    expect(probeStorage(() => storage)).toBe(storage);
    expect(storage.length).toBe(0);
  });

  it("returns null when there is no storage", () => {
    expect(probeStorage(() => undefined)).toBeNull();
  });

  it("returns null when merely reaching the storage throws a SecurityError", () => {
    const blocked = (): Storage => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
    expect(probeStorage(blocked)).toBeNull();
  });

  it("returns null when writing throws a QuotaExceededError", () => {
    const full = memoryStorage({
      setItem: () => {
        throw new DOMException("Quota exceeded", "QuotaExceededError");
      },
    });
    expect(probeStorage(() => full)).toBeNull();
  });

  it("returns null when writes are silently dropped", () => {
    const forgetful = memoryStorage({ setItem: () => undefined });
    expect(probeStorage(() => forgetful)).toBeNull();
  });

  it("returns null when removing throws", () => {
    const sticky = memoryStorage({
      removeItem: () => {
        throw new Error("denied");
      },
    });
    expect(probeStorage(() => sticky)).toBeNull();
  });
});
