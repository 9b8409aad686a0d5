// Scenarios in the calculator, in Chromium: save three, compare, rename,
// delete and Undo, persist across a reload, a comparison link that leaves the
// reader's own scenarios alone, and the backup carrying them.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { downloaded, contextsPerTest } from "./browser";

const open = contextsPerTest({ acceptDownloads: true });

const KEY = "handoff:break-even-scenarios";
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), KEY);
const names = (page: Page) => page.locator(".scenario-compare h4").allTextContents();

/** Opens the calculator with its Scenarios panel. */
async function openPanel(page: Page, path = "/tools/break-even/") {
  await page.goto(path);
  await page.waitForSelector("astro-island:not([ssr]) .verdict");
  await page.locator(".share-placeholder").scrollIntoViewIfNeeded();
  const button = page.getByRole("button", { name: "Scenarios: save and compare quotes" });
  await button.click();
  await page.getByRole("heading", { name: "Scenarios" }).waitFor();
}

async function save(page: Page, price: string, name: string) {
  await page.fill("#be-price", price);
  await page.fill("#scenario-name", name);
  await page.getByRole("button", { name: "Save as a scenario" }).click();
  await page
    .getByText(`Saved “${name}”.`, { exact: false })
    .first()
    .waitFor({ state: "attached" });
}

describe("scenarios", () => {
  it("saves, compares, renames, deletes with Undo, persists, and travels in a link and a backup", async () => {
    const first = await open();
    const { page } = first;
    await openPanel(page);
    await save(page, "120", "Agency quote");
    await save(page, "60", "Freelancer quote");
    await save(page, "0", "Do it myself for now");
    await expect
      .poll(() => names(page))
      .toEqual(["Agency quote", "Freelancer quote", "Do it myself for now"]);
    // Each card shows the calculator's verdict and figures.
    const cards = page.locator(".scenario-compare > li");
    await expect
      .poll(() => cards.first().locator(".headline").textContent())
      .toMatch(/\.$/);
    await expect.poll(() => cards.first().textContent()).toMatch(/hour/);
    expect(await cards.first().textContent()).not.toMatch(/NaN|Infinity|undefined/);

    // Rename.
    await page.getByRole("button", { name: "Rename “Freelancer quote”" }).click();
    await page.fill("#scenario-rename", "Freelancer, quote two");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect
      .poll(() => names(page))
      .toEqual(["Agency quote", "Freelancer, quote two", "Do it myself for now"]);

    // Delete, then Undo.
    await page.getByRole("button", { name: "Delete “Agency quote”" }).click();
    await expect
      .poll(() => names(page))
      .toEqual(["Freelancer, quote two", "Do it myself for now"]);
    await page
      .locator(".scenarios .undo-bar")
      .getByRole("button", { name: "Undo" })
      .click();
    await expect
      .poll(() => names(page))
      .toEqual(["Agency quote", "Freelancer, quote two", "Do it myself for now"]);

    // Open loads its numbers into the calculator.
    await page
      .getByRole("button", { name: "Open “Agency quote” in the calculator" })
      .click();
    await expect.poll(() => page.inputValue("#be-price")).toBe("120");

    // Persist across a reload.
    const saved = await stored(page);
    expect(saved.v).toBe(1);
    expect(saved.data.map((s: { name: string }) => s.name)).toEqual([
      "Agency quote",
      "Freelancer, quote two",
      "Do it myself for now",
    ]);
    await openPanel(page);
    await expect.poll(() => names(page)).toHaveLength(3);

    // The comparison link, opened in a fresh browser holding its own scenario.
    // A link as Copy link writes it (scenarios-link.ts), built by hand here.
    const hash = new URLSearchParams();
    hash.set("compare", "1");
    for (const [name, price] of [
      ["Agency quote", "120"],
      ["Freelancer, quote two", "60"],
    ] as const) {
      hash.append("name", name);
      hash.append("calc", `v=1&price=${price}`);
    }
    const second = await open();
    await openPanel(second.page);
    await save(second.page, "33", "Mine");
    const mine = await stored(second.page);
    await second.page.goto(`/tools/break-even/#${hash.toString()}`);
    await second.page.getByText("You are looking at scenarios from a link.").waitFor();
    await expect
      .poll(() => names(second.page))
      .toEqual(["Agency quote", "Freelancer, quote two"]);
    expect(await stored(second.page)).toEqual(mine);
    await second.page.getByRole("button", { name: "Keep these scenarios" }).click();
    await expect
      .poll(() =>
        stored(second.page).then((s) => s.data.map((x: { name: string }) => x.name)),
      )
      .toEqual(["Agency quote", "Freelancer, quote two"]);

    // The backup carries them into a fresh browser.
    await page.goto("/summary/");
    const [, text] = await downloaded(page, /^Download a backup$/);
    expect(JSON.parse(text).tools["break-even.scenarios"].data).toHaveLength(3);
    const third = await open();
    await third.page.goto("/summary/");
    await third.page.getByLabel("Restore from a backup").setInputFiles({
      name: "handoff-backup.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await expect
      .poll(() =>
        third.page
          .getByRole("group", { name: "Restoring this file will set:" })
          .textContent(),
      )
      .toMatch(/3 scenarios/);
    await third.page.getByRole("button", { name: "Restore", exact: true }).click();
    await third.page.getByText("Restored from the backup.").waitFor();
    expect(await stored(third.page)).toEqual(saved);
    expect(first.problems.consoleErrors).toEqual([]);
    expect(second.problems.consoleErrors).toEqual([]);
  });

  it("follows a scenario saved in another tab of the same browser", async () => {
    const { context, page } = await open();
    await openPanel(page);
    const other = await context.newPage();
    await openPanel(other);
    await save(page, "80", "From the first tab");
    await expect.poll(() => names(other)).toEqual(["From the first tab"]);
    await other.getByRole("button", { name: "Delete “From the first tab”" }).click();
    await expect.poll(() => names(page)).toEqual([]);
  });
});
