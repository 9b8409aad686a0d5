// The recovery slot in Chromium: stored text a tool cannot read is copied
// aside before the reader's first edit replaces it, offered as a download on
// the tool page and the summary page, carried by the backup file; a newer
// version's save is never touched.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { TOOLS } from "~/lib/tools/tool-catalogue";
import { downloaded, contextsPerTest } from "./browser";
import { EDITS, savedWork } from "./saved-work";

const open = contextsPerTest({ acceptDownloads: true });

/** Text no version of Handoff can read: damaged JSON, with something of the reader's in it. */
const damaged = (id: string) => `{"v":1,"data":{"note":"my ${id} work`;

/** Stores `text` under `key` before any page of the site runs. */
async function seed(page: Page, key: string, text: string) {
  await page.goto("/");
  await page.evaluate(([k, t]) => localStorage.setItem(k!, t!), [key, text]);
}

const stored = (page: Page, key: string) =>
  page.evaluate((k) => localStorage.getItem(k), key);

const notice = (page: Page) =>
  page.getByRole("region", { name: "Saved values not readable" });

describe("the recovery slot", () => {
  it.each(TOOLS.map((tool) => tool.id))(
    "%s: keeps unreadable saved text aside at the first edit and offers it as a file",
    async (id) => {
      const { page, problems } = await open();
      const key = `handoff:${id}`;
      await seed(page, key, damaged(id));
      await EDITS[id](page);
      // The edit saved the reader's new work, and the old text is in the slot.
      await expect.poll(() => stored(page, `${key}:kept`)).toBe(damaged(id));
      await expect.poll(() => savedWork(page)).toHaveProperty(key);
      await notice(page)
        .getByText(/kept a copy of them aside/)
        .waitFor();
      const [download, text] = await downloaded(page, /^Download the kept copy$/);
      expect(download.suggestedFilename()).toBe(`handoff-${id}-kept-copy.json`);
      expect(text).toBe(damaged(id));
      expect(problems.consoleErrors).toEqual([]);
    },
  );

  it("lists kept copies on the summary page on a later visit, and discards one when asked", async () => {
    const { page } = await open();
    await seed(page, "handoff:break-even", damaged("break-even"));
    await EDITS["break-even"](page);
    await expect
      .poll(() => stored(page, "handoff:break-even:kept"))
      .toBe(damaged("break-even"));

    await page.goto("/summary/");
    const list = page.getByRole("region", {
      name: "Kept copies of saved values that could not be read",
    });
    await list.getByText(/Break-even calculator/).waitFor();
    const [, text] = await downloaded(
      page,
      /^Download the kept copy \(break-even calculator\)$/,
    );
    expect(text).toBe(damaged("break-even"));
    page.once("dialog", (dialog) => void dialog.accept());
    await page
      .getByRole("button", { name: "Discard the kept copy (break-even calculator)" })
      .click();
    await page.getByText("Break-even calculator: the kept copy was discarded.").waitFor();
    expect(await stored(page, "handoff:break-even:kept")).toBeNull();
    // The reader's new work is untouched.
    expect(await savedWork(page)).toHaveProperty("handoff:break-even");
  });

  it("never touches a newer version's save, and keeps nothing aside for it", async () => {
    const { page } = await open();
    const newer = JSON.stringify({ v: 99, data: { from: "the future" } });
    await seed(page, "handoff:break-even", newer);
    await EDITS["break-even"](page);
    await page.getByText(/written by a newer version of Handoff/).waitFor();
    expect(await stored(page, "handoff:break-even")).toBe(newer);
    expect(await stored(page, "handoff:break-even:kept")).toBeNull();
  });

  it("carries a kept copy in the backup file into a fresh browser", async () => {
    const first = await open();
    await seed(first.page, "handoff:scorecard", damaged("scorecard"));
    await EDITS.scorecard(first.page);
    await expect
      .poll(() => stored(first.page, "handoff:scorecard:kept"))
      .toBe(damaged("scorecard"));
    await first.page.goto("/summary/");
    const [, backup] = await downloaded(first.page, /^Download a backup$/);

    const second = await open();
    await second.page.goto("/summary/");
    await second.page.getByLabel("Restore from a backup").setInputFiles({
      name: "handoff-backup.json",
      mimeType: "application/json",
      buffer: Buffer.from(backup),
    });
    await second.page.getByRole("button", { name: "Restore", exact: true }).click();
    await second.page.getByText("Restored from the backup.").waitFor();
    expect(await savedWork(second.page)).toEqual(await savedWork(first.page));
  });
});
