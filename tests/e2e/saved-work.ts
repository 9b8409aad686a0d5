// What the backup and recovery tests share: reading what Handoff keeps in a
// browser, and one edit per registered tool that saves something, made
// through the tool's own page as a reader would.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { ToolId } from "~/lib/tools/tool-catalogue";

/** Everything Handoff keeps in this browser, each record parsed (kept copies as text). */
export const savedWork = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith("handoff:") && key !== "handoff:theme")
        .map((key) => {
          const text = localStorage.getItem(key) ?? "null";
          return [key, key.endsWith(":kept") ? text : JSON.parse(text)];
        }),
    ),
  );

/** One edit per tool, on its page once hydrated; each makes the tool save. */
export const EDITS: Record<ToolId, (page: Page) => Promise<void>> = {
  "delegation-audit": async (page) => {
    await page.goto("/tools/delegation-audit/");
    await page.waitForSelector("astro-island:not([ssr]) .delegation-audit");
    await page.getByRole("button", { name: "Data entry", exact: true }).click();
  },
  "break-even": async (page) => {
    await page.goto("/tools/break-even/");
    await page.waitForSelector("astro-island:not([ssr]) .verdict");
    await page.fill("#be-do", "47");
    await page.fill("#be-price", "19");
  },
  scorecard: async (page) => {
    await page.goto("/tools/scorecard/");
    await page.waitForSelector("astro-island:not([ssr]) .scorecard");
    await page
      .getByRole("group", { name: /^Trial task result/ })
      .getByRole("radio", { name: /^4:/ })
      .check();
  },
  onboarding: async (page) => {
    await page.goto("/tools/onboarding/");
    await page.getByRole("checkbox", { name: /^Write a one-page brief/ }).check();
  },
};

/** Makes every tool's edit, waiting for each save. */
export async function workInEveryTool(page: Page): Promise<void> {
  for (const [id, edit] of Object.entries(EDITS)) {
    await edit(page);
    await expect.poll(() => savedWork(page)).toHaveProperty(`handoff:${id}`);
  }
}
