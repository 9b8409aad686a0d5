// The recovery slot's key is written out in four places (see
// src/stores/recovery-slot.ts for why): the session's save, the notice, the
// backup file and the slot's own module must agree on it.
import { describe, expect, it } from "vitest";
import { createBackup } from "~/lib/backup/backup-file";
import { createToolSession } from "~/stores/tool-session";
import { keptKey, keptFileName } from "~/stores/recovery-slot";
import { savedData } from "~/lib/scorecard/saved-data";
import type { SavedRecord } from "~/lib/storage/saved-record";

describe("the recovery slot", () => {
  it("is the key the session writes and the backup reads", async () => {
    localStorage.clear();
    const key = "handoff:test-slot";
    localStorage.setItem(key, "{damaged");
    const session = createToolSession<number>({
      storageKey: key,
      version: 1,
      initial: () => 0,
      validate: (data) => (typeof data === "number" ? data : null),
      link: { fromUrl: () => null, toUrl: (_, page) => page, clearUrl: (url) => url },
    });
    await session.start();
    session.update(() => 1);
    expect(localStorage.getItem(keptKey(key))).toBe("{damaged");

    const text = createBackup(
      [
        {
          id: "scorecard",
          shortName: "scorecard",
          saved: savedData as unknown as SavedRecord<unknown>,
        },
      ],
      (k) => (k === keptKey(savedData.key) ? "{kept" : undefined),
      new Date("2026-12-05T10:00:00Z"),
      "1.0.0",
    );
    expect(JSON.parse(text).recovery).toEqual({ scorecard: "{kept" });
  });

  it("downloads as a .json file named after its tool", () => {
    expect(keptFileName("handoff:break-even")).toBe("handoff-break-even-kept-copy.json");
  });
});
