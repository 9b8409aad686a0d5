// The break-even calculator as readers and coaches use it, in Chromium against
// the built site.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { baseUrl, openContext } from "./browser";
import { AXE_TAGS } from "./axe-tags";

const TOOL = "/tools/break-even/";
const SHARED =
  "/tools/break-even/?v=1&do=20&freq=1&per=once&months=12&setup=45&review=5&price=10&value=60&cur=EUR";

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

/** Opens a page and waits until the island has hydrated and started. */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await page.waitForSelector("astro-island:not([ssr])");
  await page.waitForFunction(() => document.querySelector(".verdict, .error-summary"));
}

const value = (page: Page, id: string) => page.inputValue(`#${id}`);

/** Waits until the page has re-rendered after the last input (views update a tick later). */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
const headline = (page: Page) => page.textContent(".verdict .headline");

describe("the break-even calculator", () => {
  it("opens a prefilled link with exactly its values and verdict", async () => {
    const { page, problems } = await open();
    await visit(page, SHARED);
    await page.getByText("You are looking at values from a shared link").waitFor();
    expect(await value(page, "be-do")).toBe("20");
    expect(await value(page, "be-setup")).toBe("45");
    expect(await value(page, "be-per")).toBe("once");
    expect(await value(page, "be-currency")).toBe("EUR");
    expect(await headline(page)).toBe("Do it yourself.");
    expect(await page.textContent(".verdict .reason")).toContain("only once");
    expect(problems.consoleErrors).toEqual([]);
  });

  it("copies a link that reproduces the same state in a fresh browser", async () => {
    const { context, page } = await open();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: baseUrl(),
    });
    await visit(page, TOOL);
    await page.fill("#be-do", "45");
    await page.selectOption("#be-per", "month");
    await page.fill("#be-freq", "3");
    await page.fill("#be-price", "12.5");
    await settle(page);
    const verdict = await page.textContent(".verdict");
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link copied").waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get("do")).toBe("45");
    expect(new URL(link).searchParams.get("price")).toBe("12.5");

    const fresh = await open();
    await visit(fresh.page, link);
    await expect.poll(() => value(fresh.page, "be-do")).toBe("45");
    await expect.poll(() => value(fresh.page, "be-per")).toBe("month");
    await expect.poll(() => value(fresh.page, "be-freq")).toBe("3");
    await expect.poll(() => value(fresh.page, "be-price")).toBe("12.5");
    await expect.poll(() => fresh.page.textContent(".verdict")).toBe(verdict);
  });

  it("keeps the reader's own values across reloads, and a shared link never overwrites them", async () => {
    const { page } = await open();
    await visit(page, TOOL);
    await page.fill("#be-do", "77");
    await page.reload();
    await page.waitForSelector("astro-island:not([ssr])");
    await expect.poll(() => value(page, "be-do")).toBe("77");

    await visit(page, SHARED);
    await expect.poll(() => value(page, "be-do")).toBe("20");
    await visit(page, TOOL);
    await expect.poll(() => value(page, "be-do")).toBe("77");

    await visit(page, SHARED);
    await page.getByRole("button", { name: "Keep these values as mine" }).click();
    expect(new URL(page.url()).search).toBe("");
    await page.reload();
    await page.waitForSelector("astro-island:not([ssr])");
    await expect.poll(() => value(page, "be-do")).toBe("20");
  });

  it("ignores unknown and out-of-range link settings with a visible notice", async () => {
    const { page } = await open();
    await visit(page, "/tools/break-even/?do=99999&__proto__=1&per=daily&cur=EUR");
    const notice = page.getByRole("region", { name: "Link settings ignored" });
    await notice.waitFor();
    expect(await notice.textContent()).toContain("do=99999");
    expect(await value(page, "be-do")).toBe("30");
    expect(await value(page, "be-currency")).toBe("EUR");
  });

  it("still computes when storage throws, and says nothing will be remembered", async () => {
    const { context, page } = await open();
    await context.addInitScript(() => {
      const fail = () => {
        throw new DOMException("blocked", "SecurityError");
      };
      Storage.prototype.getItem = fail;
      Storage.prototype.setItem = fail;
      Storage.prototype.removeItem = fail;
    });
    await visit(page, TOOL);
    await page.getByText("not letting Handoff store anything").waitFor();
    await page.fill("#be-review", "40");
    await expect.poll(() => headline(page)).toBe("Do it yourself.");
  });

  it("shows the worked example, and no dead controls, without JavaScript", async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(TOOL);
    expect(
      await page.getByRole("heading", { name: "A worked example" }).isVisible(),
    ).toBe(true);
    expect(await page.getByText("needs JavaScript").isVisible()).toBe(true);
    expect(await page.locator(".tool").isVisible()).toBe(false);
    expect(await page.textContent("#how-it-works ~ table")).toMatch(/\d/);
  });

  describe.each(["light", "dark"] as const)("in the %s theme", (colorScheme) => {
    it("has no accessibility violations with results or with errors", async () => {
      const { page } = await open({ colorScheme });
      await visit(page, TOOL);
      // The chart and table load when scrolled into view.
      await page.locator(".charts-placeholder").evaluate((el) => el.scrollIntoView());
      await page.getByText("Show the chart's numbers as a table").waitFor();
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await page.fill("#be-do", "12abc");
      await page.locator(".error-summary").waitFor();
      const errors = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(errors.violations.map((v) => v.id)).toEqual([]);
    });
  });
});
