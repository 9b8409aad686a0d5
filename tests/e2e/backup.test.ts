// The backup file in Chromium: work in every tool, downloaded from the summary
// page, restored into a fresh browser; files that must change nothing; undo.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { TOOLS } from "~/lib/tools/tool-catalogue";
import { downloaded, contextsPerTest, scrollToFirst } from "./browser";
import { savedWork, workInEveryTool } from "./saved-work";

const open = contextsPerTest({ acceptDownloads: true });

/** Opens the summary page and waits for its backup section. */
async function openSummary(page: Page, path = "/summary/") {
  await page.goto(path);
  await page.getByRole("button", { name: "Download a backup" }).waitFor();
}

/** Chooses a file to restore, given its text. */
const choose = (page: Page, text: string, name = "handoff-backup.json") =>
  page
    .getByLabel("Restore from a backup")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });

describe("the backup file", () => {
  it("carries the work of every tool into a fresh browser, exactly, and shows what it replaces first", async () => {
    const first = await open();
    await workInEveryTool(first.page);
    const saved = await savedWork(first.page);
    expect(Object.keys(saved).sort()).toEqual(
      TOOLS.map((tool) => `handoff:${tool.id}`).sort(),
    );

    await openSummary(first.page);
    const [download, text] = await downloaded(first.page, /^Download a backup$/);
    expect(download.suggestedFilename()).toMatch(
      /^handoff-backup-\d{4}-\d{2}-\d{2}\.json$/,
    );

    const second = await open();
    await openSummary(second.page);
    await choose(second.page, text);
    const preview = second.page.getByRole("group", {
      name: "Restoring this file will set:",
    });
    await expect
      .poll(() => preview.textContent())
      .toMatch(/1 candidate, 1 rated from the file \(you have nothing saved now\)/);
    await expect
      .poll(() => preview.textContent())
      .toMatch(/your answers and 1 ticked step/);
    await expect.poll(() => preview.textContent()).toMatch(/1 task from the file/);
    // Nothing changes until the reader confirms.
    expect(await savedWork(second.page)).toEqual({});
    await second.page.getByRole("button", { name: "Restore", exact: true }).click();
    await second.page.getByText("Restored from the backup.").waitFor();
    expect(await savedWork(second.page)).toEqual(saved);
    // The summary reads the restored work at once.
    await expect
      .poll(() => second.page.locator(".summary-section").first().textContent())
      .not.toMatch(/Nothing saved here yet/);

    // Each tool opens with the restored work.
    await second.page.goto("/tools/delegation-audit/");
    await expect
      .poll(() => second.page.locator(".task-row legend").allTextContents())
      .toEqual(["Data entry"]);
    await second.page.goto("/tools/break-even/");
    await expect.poll(() => second.page.inputValue("#be-do")).toBe("47");
    await expect.poll(() => second.page.inputValue("#be-price")).toBe("19");
    await second.page.goto("/tools/onboarding/");
    await expect
      .poll(() =>
        second.page
          .getByRole("checkbox", { name: /^Write a one-page brief/ })
          .isChecked(),
      )
      .toBe(true);
    expect(first.problems.consoleErrors).toEqual([]);
    expect(second.problems.consoleErrors).toEqual([]);
    expect(second.problems.cspViolations).toEqual([]);
  });

  it("restores an empty browser's backup to an empty browser, and Undo restore brings the work back", async () => {
    const empty = await open();
    await openSummary(empty.page);
    const [, text] = await downloaded(empty.page, /^Download a backup$/);

    const { page } = await open();
    await workInEveryTool(page);
    const before = await savedWork(page);
    await openSummary(page);
    await choose(page, text);
    await page.getByRole("button", { name: "Restore", exact: true }).click();
    await page.getByText("Restored from the backup.").waitFor();
    expect(await savedWork(page)).toEqual({});
    await page.getByRole("button", { name: "Undo restore" }).click();
    await page
      .getByText("Your saved work is back as it was before the restore.")
      .waitFor();
    expect(await savedWork(page)).toEqual(before);
  });

  it.each([
    ["a file that is not JSON", "not a backup at all", /not a Handoff backup/],
    [
      "a backup from a newer version",
      JSON.stringify({ format: "handoff-backup", v: 99, tools: {} }),
      /newer version of Handoff/,
    ],
  ])("refuses %s with a message and changes nothing", async (_, text, message) => {
    const { page } = await open();
    await workInEveryTool(page);
    const before = await savedWork(page);
    await openSummary(page);
    await choose(page, text);
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(message);
    expect(await page.getByRole("button", { name: "Restore", exact: true }).count()).toBe(
      0,
    );
    expect(await savedWork(page)).toEqual(before);
  });

  it("keeps the work as it was when storage refuses the restore, and says so", async () => {
    const { page } = await open();
    await workInEveryTool(page);
    const before = await savedWork(page);
    await openSummary(page);
    const text = JSON.stringify({ format: "handoff-backup", v: 1, tools: {} });
    await choose(page, text);
    await page.getByRole("button", { name: "Restore", exact: true }).waitFor();
    // From now on every write fails, as in a full or locked-down storage.
    await page.evaluate(() => {
      Storage.prototype.removeItem = () => {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    await page.getByRole("button", { name: "Restore", exact: true }).click();
    await page.getByText(/refused to save the backup.*Nothing was changed/).waitFor();
    expect(await savedWork(page)).toEqual(before);
  });

  it("offers the backup from each tool's own page, and never from an embed", async () => {
    const { page } = await open();
    await page.goto("/tools/break-even/");
    await page.waitForSelector("astro-island:not([ssr]) .verdict");
    await page.fill("#be-do", "52");
    // The link comes with the chart, which loads when it nears the screen.
    await scrollToFirst(page, ".charts-placeholder, .worth");
    const [, text] = await downloaded(page, /^Download a backup$/);
    expect(JSON.parse(text).tools["break-even"].data.text.do).toBe("52");

    await page.goto("/tools/scorecard/");
    await page.waitForSelector("astro-island:not([ssr]) .scorecard");
    // The comparison loads when scrolled near (on a wide screen it is in view
    // at once): scroll to its placeholder or to the comparison, whichever is there.
    await scrollToFirst(page, ".comparison-placeholder, .comparison");
    await page.getByRole("button", { name: "Download a backup" }).waitFor();
    await page.goto("/tools/onboarding/");
    await page.getByRole("heading", { name: "Your checklist" }).waitFor();
    await page.getByRole("button", { name: "Download a backup" }).waitFor();

    await page.goto("/embed/break-even/");
    await page.waitForSelector("astro-island:not([ssr]) .verdict");
    await page.locator(".charts-placeholder").scrollIntoViewIfNeeded();
    await page.locator(".charts-placeholder").waitFor({ state: "detached" });
    expect(await page.getByRole("button", { name: "Download a backup" }).count()).toBe(0);
  });
});

describe("a restore seen from another tab", () => {
  it("updates a tool already open in another tab of the same browser", async () => {
    const first = await open();
    await first.page.goto("/tools/break-even/");
    await first.page.waitForSelector("astro-island:not([ssr]) .verdict");
    await first.page.fill("#be-do", "33");
    await expect.poll(() => savedWork(first.page)).toHaveProperty("handoff:break-even");
    const [, text] = await (async () => {
      await openSummary(first.page);
      return downloaded(first.page, /^Download a backup$/);
    })();

    const tool = await first.context.newPage();
    await tool.goto("/tools/break-even/");
    await tool.waitForSelector("astro-island:not([ssr]) .verdict");
    await tool.fill("#be-do", "61");
    await expect.poll(() => tool.inputValue("#be-do")).toBe("61");

    await choose(first.page, text);
    await first.page.getByRole("button", { name: "Restore", exact: true }).click();
    await first.page.getByText("Restored from the backup.").waitFor();
    await expect.poll(() => tool.inputValue("#be-do")).toBe("33");
  });
});
