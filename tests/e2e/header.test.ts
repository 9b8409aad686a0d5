// The site header as a reader on a phone and on a desktop sees it: one row,
// the links in a menu where they do not fit (a native <details>, so it works
// without JavaScript), inline where they do.
import AxeBuilder from "@axe-core/playwright";
import { afterEach, describe, expect, it } from "vitest";
import { AXE_TAGS } from "./axe-tags";
import { openContext } from "./browser";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let sessions: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  sessions = [];
});

async function open(options: Parameters<typeof openContext>[0]) {
  const session = await openContext(options);
  sessions.push(session);
  return session;
}

/** The header's height, and whether its brand, menu or links and theme button share one row. */
const headerRow = (page: import("playwright-core").Page) =>
  page.evaluate(() => {
    const header = document.querySelector(".site-header") as HTMLElement;
    const visible = [
      ...header.querySelectorAll(".brand, .nav-wide, .nav-menu > summary, .theme-toggle"),
    ]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0);
    const middles = visible.map((box) => box.top + box.height / 2);
    return {
      height: header.getBoundingClientRect().height,
      parts: visible.length,
      oneRow: Math.max(...middles) - Math.min(...middles) < 12,
    };
  });

describe("the site header", () => {
  it("is one short row on a 390 px phone, with the links in a menu that opens", async () => {
    const { page } = await open({ viewport: PHONE });
    await page.goto("/guide/");
    const row = await headerRow(page);
    expect(row).toMatchObject({ parts: 3, oneRow: true });
    expect(row.height).toBeLessThanOrEqual(64);
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "Tools" }).isVisible()).toBe(false);
    await page.getByText("Menu", { exact: true }).click();
    await nav.getByRole("link", { name: "Tools" }).click();
    await page.waitForURL("**/tools/");
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });

  it("opens its menu without JavaScript", async () => {
    const { page } = await open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto("/");
    await page.getByText("Menu", { exact: true }).click();
    expect(
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "For coaches" })
        .isVisible(),
    ).toBe(true);
  });

  it("shows every link inline in one row on a desktop, and no menu", async () => {
    const { page } = await open({ viewport: DESKTOP });
    await page.goto("/mistakes/");
    const row = await headerRow(page);
    expect(row).toMatchObject({ parts: 3, oneRow: true });
    expect(await page.getByText("Menu", { exact: true }).isVisible()).toBe(false);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Guide", "Tools", "Mistakes", "For coaches", "Search"])
      expect(await nav.getByRole("link", { name }).isVisible()).toBe(true);
    expect(
      await nav.getByRole("link", { name: "Mistakes" }).getAttribute("aria-current"),
    ).toBe("page");
  });
});
