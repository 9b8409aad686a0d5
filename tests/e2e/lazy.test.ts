// Lazy by default: nothing loads that the reader did not ask for. Search loads
// Pagefind on the first query, a tool inside an article hydrates only when it
// scrolls near, and the calculator's chart and table load after the verdict,
// only when they come into view.
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { TOOLS } from "../../src/lib/tools/tool-catalogue";
import { openContext } from "./browser";

/** A phone-sized screen, so "below the fold" means what it means for most readers. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let sessions: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  sessions = [];
});

/** Opens a page and records the path of every request it makes from now on. */
async function openRecording(options: Parameters<typeof openContext>[0] = {}) {
  const session = await openContext(options);
  sessions.push(session);
  const requested: string[] = [];
  session.page.on("request", (request) =>
    requested.push(new URL(request.url()).pathname),
  );
  return { ...session, requested };
}

const scripts = (paths: string[]) => paths.filter((path) => /\.m?js$/.test(path));

/** How far below the bottom of the screen the element's top is, in CSS pixels. */
const belowFold = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.getBoundingClientRect().top - window.innerHeight);

describe("lazy loading", () => {
  it("the search page loads Pagefind only when the reader searches", async () => {
    const { page, requested } = await openRecording();
    await page.goto("/search/");
    await page.waitForLoadState("networkidle");
    expect(requested.filter((path) => path.startsWith("/pagefind/"))).toEqual([]);

    await page.fill("#q", "contractor");
    await page.locator("#search-results li").first().waitFor();
    expect(requested).toContain("/pagefind/pagefind.js");
  });

  it("a tool inside an article loads no JavaScript until it is scrolled near", async () => {
    const { page, requested } = await openRecording(PHONE);
    await page.goto("/guide/what-to-outsource/");
    await page.waitForLoadState("networkidle");
    // The check means something only if the tool starts well below the fold.
    // (astro-island itself has no box: it is display: contents.)
    expect(await belowFold(page, "astro-island > .tool")).toBeGreaterThan(844);
    // Only /after-idle.js, which every page loads once idle (checked below).
    expect(scripts(requested).filter((path) => path !== "/after-idle.js")).toEqual([]);
    expect(await page.$("astro-island[ssr]")).not.toBeNull();

    await page.locator("astro-island > .tool").scrollIntoViewIfNeeded();
    await page.waitForSelector("astro-island:not([ssr])");
    const component = await page.getAttribute("astro-island", "component-url");
    expect(requested).toContain(component);
  });

  it.each(["/guide/should-you-outsource/", "/tools/break-even/", "/embed/break-even/"])(
    "%s loads /after-idle.js (deploy recovery, service worker) only after its load event",
    async (path) => {
      const { page } = await openRecording(PHONE);
      await page.goto(path);
      await page.waitForFunction(() =>
        performance
          .getEntriesByType("resource")
          .some((entry) => entry.name.endsWith("/after-idle.js")),
      );
      const times = await page.evaluate(() => {
        const navigation = performance.getEntriesByType("navigation")[0] as
          PerformanceNavigationTiming | undefined;
        const script = performance
          .getEntriesByType("resource")
          .find((entry) => entry.name.endsWith("/after-idle.js"));
        return { load: navigation?.loadEventEnd, script: script?.startTime };
      });
      expect(times.load).toBeGreaterThan(0);
      expect(times.script).toBeGreaterThanOrEqual(times.load!);
    },
  );

  it("the calculator shows its verdict first and loads the chart and table only when they come into view", async () => {
    const { page, requested } = await openRecording(PHONE);
    await page.goto("/tools/break-even/");
    await page.waitForSelector("astro-island:not([ssr])");
    await page.locator(".verdict .headline").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await belowFold(page, ".charts-placeholder")).toBeGreaterThan(200);
    expect(await page.$(".worth")).toBeNull();
    const before = scripts(requested);

    await page.locator(".charts-placeholder").scrollIntoViewIfNeeded();
    await page.locator(".worth table").waitFor();
    await page.locator(".chart svg").waitFor();
    const after = scripts(requested).filter((path) => !before.includes(path));
    expect(after.length).toBeGreaterThan(0);
  });

  it.each([
    ["/tools/break-even/", "#be-do", ".verdict"],
    ["/tools/scorecard/", ".rating input[type=radio]", ".candidate-card"],
  ])(
    "%s hydrates in place, keeping the server's elements, and answers",
    async (path, control, result) => {
      const { page } = await openRecording(PHONE);
      // The server's element, kept before any script runs.
      await page.addInitScript((selector) => {
        document.addEventListener("DOMContentLoaded", () => {
          (window as unknown as { __server: Element | null }).__server =
            document.querySelector(selector);
        });
      }, control);
      await page.goto(path);
      await page.waitForSelector("astro-island:not([ssr])");
      await page.waitForLoadState("networkidle");
      const sameElement = await page.evaluate(
        (selector) =>
          (window as unknown as { __server: Element | null }).__server ===
          document.querySelector(selector),
        control,
      );
      expect(sameElement).toBe(true);
      const before = await page.locator(result).first().textContent();
      if (path.includes("break-even")) await page.fill(control, "45");
      else await page.locator(control).nth(5).check();
      await expect
        .poll(() => page.locator(result).first().textContent())
        .not.toBe(before);
    },
  );

  it.each(TOOLS.map((tool) => tool.path))(
    "%s paints before it asks for its tool's scripts (client:afterpaint)",
    async (path) => {
      const { page } = await openRecording(PHONE);
      await page.goto(path);
      await page.waitForSelector("astro-island:not([ssr])");
      const component = await page.getAttribute("astro-island", "component-url");
      const times = await page.evaluate((url) => {
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        const script = performance
          .getEntriesByType("resource")
          .find((entry) => entry.name.endsWith(url ?? "?"));
        return { paint: paint?.startTime, script: script?.startTime };
      }, component);
      expect(times.paint).toBeGreaterThan(0);
      expect(times.script).toBeGreaterThanOrEqual(times.paint!);
    },
  );
});
