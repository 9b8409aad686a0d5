// The calculator on a phone, printed, and inside its guide, in Chromium
// against the built site.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { AXE_TAGS } from "./axe-tags";
import { openContext } from "./browser";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const ISSUE_LINK =
  "/tools/break-even/?v=1&do=60&freq=1&per=week&months=12&setup=120&review=10&price=25&value=60";

let sessions: { close: () => Promise<void> }[] = [];
async function open(options: Parameters<typeof openContext>[0] = {}) {
  const session = await openContext(options);
  sessions.push(session);
  return session;
}
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  sessions = [];
});

async function visit(page: Page, path: string) {
  await page.goto(path);
  await page.waitForSelector("astro-island:not([ssr])");
  await page.locator(".verdict .headline").waitFor();
}

/** Scrolls to the chart and table and waits until both are drawn. */
async function showCharts(page: Page) {
  await page.locator(".charts-placeholder").scrollIntoViewIfNeeded();
  await page.locator(".chart svg text").first().waitFor();
  await page.locator(".worth table").waitFor();
}

describe("the calculator's chart and table on a 390 px phone", () => {
  it.each([
    ["a weekly task", ISSUE_LINK],
    [
      "a one-off",
      "/tools/break-even/?v=1&do=30&freq=1&per=once&months=12&setup=45&review=5&price=20&value=50",
    ],
    [
      "an hour valued at 0",
      "/tools/break-even/?v=1&do=30&freq=2&per=week&months=12&setup=120&review=5&price=15&value=0",
    ],
  ])("draws every label of %s at 12 px or more, none cut off", async (_, path) => {
    const { page } = await open(PHONE);
    await visit(page, path);
    await showCharts(page);
    const labels = await page.$$eval(".chart svg text", (texts) => {
      const svg = texts[0]!.ownerSVGElement!.getBoundingClientRect();
      return texts.map((text) => {
        const box = text.getBoundingClientRect();
        const scale = (text as SVGGraphicsElement).getScreenCTM()!.a;
        return {
          text: text.textContent,
          px: parseFloat(getComputedStyle(text).fontSize) * scale,
          inside:
            box.left >= svg.left - 0.5 &&
            box.right <= svg.right + 0.5 &&
            box.top >= svg.top - 0.5 &&
            box.bottom <= svg.bottom + 0.5,
        };
      });
    });
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) {
      expect(label.px, `"${label.text}" in px`).toBeGreaterThanOrEqual(12);
      expect(label.inside, `"${label.text}" inside the chart`).toBe(true);
    }
    // Counts on the axis are whole: a one-off's axis reads 0 and 1, never 0.2.
    const ticks = await page.$$eval(".chart svg text.tick", (texts) =>
      texts.map((text) => text.textContent ?? ""),
    );
    expect(ticks.filter((tick) => /^\d+$/.test(tick)).length).toBeGreaterThan(1);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it("wraps the worth-the-time table's caption within the screen", async () => {
    const { page } = await open(PHONE);
    await visit(page, ISSUE_LINK);
    await showCharts(page);
    const caption = await page.$eval("#be-worth-caption", (el) => ({
      right: el.getBoundingClientRect().right,
      height: el.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(el).lineHeight),
    }));
    expect(caption.right).toBeLessThanOrEqual(390);
    expect(caption.height).toBeGreaterThan(caption.lineHeight * 1.5);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The table's sideways scroll box can be reached and scrolled with a keyboard.
    const axe = await new AxeBuilder({ page })
      .include(".tool")
      .withTags(AXE_TAGS)
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
});
