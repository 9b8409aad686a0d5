// "Plan the hand-over with this candidate" (issue 21, part 3) in Chromium: a
// reader who already has their own calculation and ticked checklist rates a
// candidate with a quote, opens the plan's two links, and finds the
// candidate's figures and name there while their own saved state stays as it
// was, until they choose to keep the link's.
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { openContext, scrollToFirst } from "./browser";

let sessions: Awaited<ReturnType<typeof openContext>>[] = [];

afterEach(async () => {
  await Promise.all(sessions.map((session) => session.close()));
  sessions = [];
});

async function open() {
  const session = await openContext();
  sessions.push(session);
  return session;
}

const BRIEF = /^Write a one-page brief/;
const stored = (page: Page, key: string) =>
  page.evaluate((k) => localStorage.getItem(k), key);
const value = (page: Page, id: string) => page.inputValue(`#${id}`);

async function calculator(page: Page, path = "/tools/break-even/") {
  await page.goto(path);
  await page.waitForSelector("astro-island:not([ssr])");
  await page.waitForFunction(() => document.querySelector(".verdict, .error-summary"));
}

async function checklist(page: Page, path: string, heading: string) {
  await page.goto(path);
  await page.getByRole("heading", { name: heading }).waitFor();
}

/** Rates one candidate with a quote and the job's hours, and returns the plan's two links. */
async function planLinks(page: Page, quote: string | null) {
  await page.goto("/tools/scorecard/");
  await page.waitForSelector("astro-island:not([ssr]) .scorecard");
  await page.getByLabel("Name", { exact: true }).fill("Priya Shah");
  await page
    .getByRole("group", { name: /^Trial task result/ })
    .getByRole("radio", { name: /^4:/ })
    .check();
  await scrollToFirst(page, ".extras-placeholder, details.plan");
  if (quote !== null) {
    await page.getByLabel("Their quote").fill(quote);
    await page.getByLabel("Hours it takes").fill("6");
  }
  const plan = page.locator("details.plan");
  await plan.locator("summary").click();
  await plan.locator("li").nth(1).waitFor();
  return plan;
}

describe("planning the hand-over with a candidate", () => {
  it("opens the calculator with the candidate's quote as the price each time, leaving the reader's own calculation alone", async () => {
    const { page, problems } = await open();
    await calculator(page);
    await page.fill("#be-do", "77");
    await expect.poll(() => stored(page, "handoff:break-even")).toContain("77");
    const own = await stored(page, "handoff:break-even");

    const plan = await planLinks(page, "450");
    const link = plan.getByRole("link", { name: /break-even calculator/ });
    const href = (await link.getAttribute("href")) ?? "";
    expect(new URL(href, page.url()).searchParams.get("price")).toBe("450");
    await link.click();
    await page.waitForURL(/\/tools\/break-even\//);
    await page.waitForFunction(() => document.querySelector(".verdict, .error-summary"));
    await expect.poll(() => value(page, "be-price")).toBe("450");
    expect(await value(page, "be-do")).toBe("360");
    expect(await stored(page, "handoff:break-even")).toBe(own);

    // A reload shows the link again; leaving it brings the reader's own back.
    await page.reload();
    await page.waitForSelector("astro-island:not([ssr])");
    await expect.poll(() => value(page, "be-price")).toBe("450");
    await page.getByRole("button", { name: "Back to my own values" }).click();
    await expect.poll(() => value(page, "be-do")).toBe("77");
    expect(await stored(page, "handoff:break-even")).toBe(own);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("says to enter the quote when the card has none, and still offers the checklist", async () => {
    const { page } = await open();
    const plan = await planLinks(page, null);
    await plan.getByText("Enter Priya Shah's quote in the price check").waitFor();
    expect(await plan.getByRole("link").count()).toBe(1);
  });

  it("opens the checklist with the candidate's name, leaving the reader's ticks alone until they keep it", async () => {
    const { page, problems } = await open();
    await checklist(page, "/tools/onboarding/", "Your checklist");
    await page.getByRole("checkbox", { name: BRIEF }).check();
    await expect.poll(() => stored(page, "handoff:onboarding")).toContain("ticks");
    const own = await stored(page, "handoff:onboarding");

    const plan = await planLinks(page, "450");
    const link = plan.getByRole("link", { name: /onboarding checklist/ });
    const href = new URL((await link.getAttribute("href")) ?? "", page.url());
    // The name travels after the "#", never in the query string.
    expect(href.search).toBe("");
    expect(href.hash).toBe("#to=Priya+Shah");
    await link.click();
    await page.getByRole("heading", { name: "Hand-over plan for Priya Shah" }).waitFor();
    expect(await page.getByRole("checkbox", { name: BRIEF }).isChecked()).toBe(false);
    expect(await stored(page, "handoff:onboarding")).toBe(own);

    // A reload keeps the link (and its name); the reader's own is still untouched.
    await page.reload();
    await page.getByRole("heading", { name: "Hand-over plan for Priya Shah" }).waitFor();
    expect(await stored(page, "handoff:onboarding")).toBe(own);

    await page.getByRole("button", { name: "Keep these values as mine" }).click();
    await page.getByText("Kept the link's values as yours.").waitFor();
    expect(new URL(page.url()).hash).toBe("");
    const kept = JSON.parse((await stored(page, "handoff:onboarding")) ?? "{}");
    expect(kept.data.contractor).toBe("Priya Shah");
    await checklist(page, "/tools/onboarding/", "Hand-over plan for Priya Shah");
    expect(problems.consoleErrors).toEqual([]);
  });

  it("shows a hostile name from a link as plain text", async () => {
    const { page } = await open();
    await checklist(
      page,
      "/tools/onboarding/#to=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%E2%80%AE",
      "Hand-over plan for <img src=x onerror=alert(1)>",
    );
    expect(await page.locator(".ob-checklist img").count()).toBe(0);
  });
});
