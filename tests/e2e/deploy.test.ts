// Surviving a deploy: a tab left open while a new build replaces the old one
// asks for scripts that are gone. Each test serves its own copy of the built
// site, opens the calculator, enters a value, then changes the files on the
// server under the open page, as a deploy does. Service workers are blocked:
// these tests are about the network (offline.test.ts covers the worker).
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { scrollToFirst } from "./browser";
import { renameEveryScript, useSiteCopy } from "./site-copy";

const site = useSiteCopy({ serviceWorkers: "block" });

/** A deploy of a build in which every script changed. */
const deployNewBuild = () => renameEveryScript(site.root());

/** The calculator, hydrated, with 37 minutes typed and saved, and /after-idle.js running. */
async function openCalculatorWithWork(): Promise<Page> {
  const { page } = await site.open();
  await page.goto("/tools/break-even/");
  await page.waitForSelector("astro-island:not([ssr])");
  await page.fill("#be-do", "37");
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("handoff:break-even") ?? ""))
    .toContain("37");
  // The page loads it by itself once idle; importing it here only waits for
  // that (a module runs once), and never depends on when idle comes.
  await page.evaluate('import("/after-idle.js").then(() => true)');
  return page;
}

/** Counts the page's loads from now on. */
function countLoads(page: Page) {
  const counter = { loads: 0 };
  page.on("load", () => counter.loads++);
  return counter;
}

describe("a tab left open across a deploy", () => {
  it("reloads itself once when an on-demand script is gone, and the reader loses nothing", async () => {
    const page = await openCalculatorWithWork();
    deployNewBuild();
    const counter = countLoads(page);
    const reloaded = page.waitForEvent("load");

    // The chart's code loads only when it scrolls into view: it is gone now.
    await page.locator(".charts-placeholder").scrollIntoViewIfNeeded();
    await reloaded;

    await page.waitForSelector("astro-island:not([ssr])");
    await expect.poll(() => page.inputValue("#be-do")).toBe("37");
    await page.getByRole("heading", { name: "Handoff was updated" }).waitFor();
    await scrollToFirst(page, ".charts-placeholder, .chart");
    await page.locator(".chart svg").waitFor();
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith("/_astro/")),
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => !path.endsWith(".next.js"))).toEqual([]);
    expect(counter.loads).toBe(1);
  });

  it("reloads only once when the script stays missing, then says so, and the tool still works", async () => {
    const page = await openCalculatorWithWork();
    const charts = readdirSync(join(site.root(), "_astro")).find((name) =>
      name.startsWith("Charts."),
    );
    rmSync(join(site.root(), "_astro", charts!));
    const counter = countLoads(page);
    const reloaded = page.waitForEvent("load");

    await page.locator(".charts-placeholder").scrollIntoViewIfNeeded();
    await reloaded;
    await page.waitForSelector("astro-island:not([ssr])");
    await page.locator(".charts-placeholder").scrollIntoViewIfNeeded();

    const dialog = page.getByRole("dialog", { name: "Part of this page did not load" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("What you entered is kept");
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "detached" });

    expect(await page.inputValue("#be-do")).toBe("37");
    const before = await page.locator(".verdict").textContent();
    await page.fill("#be-do", "5");
    await expect.poll(() => page.locator(".verdict").textContent()).not.toBe(before);
    expect(counter.loads).toBe(1);
  });
});
