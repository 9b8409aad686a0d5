// The delegation audit as readers and coaches use it, in Chromium against the
// built site: build a week's list on a phone, see it placed, open one task in
// the calculator, share it, reload, export, print; the guide's example; a
// hostile link; the summary; axe in light and dark.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AXE_TAGS } from "./axe-tags";
import { openContext, scrollToFirst } from "./browser";

const PAGE = "/tools/delegation-audit/";
const PHONE = { viewport: { width: 390, height: 844 } };

type Session = Awaited<ReturnType<typeof openContext>>;

let extra: Session[] = [];
afterEach(async () => {
  await Promise.all(extra.map((s) => s.close()));
  extra = [];
});
async function open(options: Parameters<typeof openContext>[0] = PHONE) {
  const session = await openContext(options);
  extra.push(session);
  return session;
}

/**
 * Waits for the island, then scrolls down in steps, as a reader would, so the
 * parts that load when they come into view (details, chart, sharing) do.
 * Each step waits two frames, not a time.
 */
async function ready(page: Page): Promise<void> {
  await page.locator(".delegation-audit").first().scrollIntoViewIfNeeded();
  await page.waitForSelector("astro-island:not([ssr]) .delegation-audit", {
    state: "attached",
  });
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      scrollTo(0, y);
      await frame();
      await frame();
    }
  });
  await page.locator(".share .actions").waitFor();
}

async function visit(page: Page, path = PAGE): Promise<void> {
  await page.goto(path);
  await ready(page);
}

/** Each group's task names, as the results list them. */
const groups = (page: Page) =>
  page
    .locator(".audit-group")
    .evaluateAll((sections) =>
      Object.fromEntries(
        sections.map((s) => [
          s.querySelector("h3")?.firstChild?.textContent?.trim(),
          [...s.querySelectorAll("li strong")].map((n) => n.textContent),
        ]),
      ),
    );
const headline = (page: Page) => page.locator(".audit-results .headline").textContent();

/** The task row whose legend is `name`. */
const row = (page: Page, name: string) =>
  page.locator(".task-row fieldset").filter({
    has: page.locator("legend", { hasText: new RegExp(`^${name}$`) }),
  });

/** Reads a download's text. */
async function downloaded(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream())
    chunks.push(chunk as Buffer);
  return {
    name: download.suggestedFilename(),
    text: Buffer.concat(chunks)
      .toString("utf8")
      .replace(/^\ufeff/, ""),
  };
}

describe("the delegation audit, used on a phone", () => {
  let session: Session;
  let shared = "";
  beforeAll(async () => {
    session = await openContext(PHONE);
  });
  afterAll(() => session.close());

  it("keeps no empty room for a chart until a task is placed, then draws it", async () => {
    const { page } = await open();
    await visit(page);
    expect(await page.locator(".chart-placeholder, .audit-chart").count()).toBe(0);
    // The results box is followed straight by the sharing actions, with no gap.
    const gap = await page.evaluate(() => {
      const results = document.querySelector(".audit-results")!.getBoundingClientRect();
      const share = document.querySelector(".share")!.getBoundingClientRect();
      return share.top - results.bottom;
    });
    expect(gap).toBeLessThan(80);
    await page.getByRole("button", { name: "Inbox and email", exact: true }).click();
    // The chart's slot appears with the first task and loads when scrolled near.
    await scrollToFirst(page, ".chart-placeholder, .audit-chart");
    await page.locator(".audit-chart svg").waitFor();
  });

  it("places tasks from presets and the reader's own as they are added, renamed, moved and removed", async () => {
    const { page, problems } = session;
    await visit(page);
    expect(await headline(page)).toMatch(/^Add your tasks above/);
    for (const preset of [
      "Inbox and email",
      "Bookkeeping and invoicing",
      "SEO",
      "Customer service",
    ])
      await page.getByRole("button", { name: preset, exact: true }).click();
    await page.getByRole("button", { name: "Add your own task" }).click();
    // The new row's name field has the focus.
    await page.keyboard.type("Client calls");
    const own = row(page, "Client calls");
    await own.getByLabel("Hours", { exact: true }).fill("6");
    await own.getByLabel("How core is it to your business?").selectOption("4");
    await own.getByLabel("Direct contact with customers?").selectOption("customers");
    await own.getByLabel("Kind of specialist").selectOption("writing");
    // The rate follows the family while the reader has not typed one.
    await expect.poll(() => own.getByLabel("Contractor's rate").inputValue()).toBe("40");

    // Inbox 3/2, bookkeeping 2/2 go first (weights 25 and 18); SEO could not be judged;
    // customer service is contact that may go, and she is good at it; client calls stay.
    await expect
      .poll(() => groups(page))
      .toEqual({
        "Hand over first": ["Inbox and email", "Bookkeeping and invoicing"],
        "Hand over next": ["Customer service"],
        "Learn enough to steer first": ["SEO"],
        Keep: ["Client calls"],
      });
    expect(await headline(page)).toBe("Hand over 2 tasks first: 8 hours a week back");
    expect(await page.locator(".audit-plan").textContent()).toContain("$1,018 a month");
    expect(await page.locator(".audit-plan").textContent()).toContain(
      "2 different specialists: admin and bookkeeping",
    );

    // Reorder: move the reader's own task to the top; the list, not the ranking, changes.
    await page.getByRole("button", { name: "Move Client calls up" }).click();
    await page.getByRole("button", { name: "Move Client calls up" }).click();
    expect(await page.locator(".task-row legend").allTextContents()).toEqual([
      "Inbox and email",
      "Bookkeeping and invoicing",
      "Client calls",
      "SEO",
      "Customer service",
    ]);
    // Remove and undo.
    await page.getByRole("button", { name: "Remove SEO" }).click();
    await page.getByText("Removed SEO.").waitFor();
    await expect
      .poll(async () => (await groups(page))["Learn enough to steer first"])
      .toEqual([]);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect
      .poll(async () => (await groups(page))["Learn enough to steer first"])
      .toEqual(["SEO"]);
    // Rename: the results follow.
    await row(page, "SEO").getByLabel("Task", { exact: true }).fill("Search <tweaks>");
    await expect
      .poll(async () => (await groups(page))["Learn enough to steer first"])
      .toEqual(["Search <tweaks>"]);
    // A wrong figure says how to fix it and leaves the text as typed.
    const hours = row(page, "Inbox and email").getByLabel("Hours", { exact: true });
    await hours.fill("5x");
    await page.getByText("Hours must be a number, like 12.5").waitFor();
    expect(await hours.inputValue()).toBe("5x");
    await hours.fill("5");
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it("draws each task on the chart, sized by hours, with the same in a table", async () => {
    const { page } = session;
    await scrollToFirst(page, ".chart-placeholder, .audit-chart");
    await page.locator(".audit-chart svg").waitFor();
    expect(await page.locator(".audit-chart .mark").count()).toBe(5);
    const radius = (n: string) =>
      page
        .locator(".audit-chart .mark", { hasText: new RegExp(`^${n}$`) })
        .locator("circle")
        .getAttribute("r");
    // Client calls (6 h, task 3) is bigger than SEO (2 h, task 4).
    expect(Number(await radius("3"))).toBeGreaterThan(Number(await radius("4")));
    for (const name of ["Hand over first", "When short of time", "Keep"])
      expect(
        await page.locator(".audit-chart .quadrant", { hasText: name }).count(),
      ).toBe(1);
    expect(await page.locator(".chart-table tbody tr").count()).toBe(5);
  });

  it("opens the break-even calculator with exactly that task's numbers", async () => {
    const { page } = session;
    const link = page
      .locator(".audit-group.first li", { hasText: "Bookkeeping and invoicing" })
      .getByRole("link", { name: /Check it in the break-even calculator/ });
    const href = (await link.getAttribute("href")) ?? "";
    const calculator = await open();
    await calculator.page.goto(href);
    await calculator.page.waitForSelector("astro-island:not([ssr])");
    await calculator.page.locator(".verdict").waitFor();
    const value = (id: string) => calculator.page.inputValue(`#${id}`);
    // 3 hours a week = 180 minutes, once a week; 3 h × $45 = $135; your hour $60.
    await expect.poll(() => value("be-do")).toBe("180");
    expect(await value("be-freq")).toBe("1");
    expect(await value("be-per")).toBe("week");
    expect(await value("be-price")).toBe("135");
    expect(await value("be-value")).toBe("60");
    expect(await value("be-currency")).toBe("USD");
  });

  it("copies a link with the task names after the # only", async () => {
    const { page } = session;
    await page.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => {
        (window as unknown as { copied: string }).copied = text;
      };
    });
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.waitForFunction(() => (window as unknown as { copied?: string }).copied);
    shared = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    const url = new URL(shared);
    expect(url.search).toMatch(/^\?v=1&value=60/);
    expect(url.search).not.toMatch(/Inbox|Client|tweaks/);
    expect(decodeURIComponent(url.hash.replaceAll("+", " "))).toContain("n=Client calls");
  });

  it("opens the link elsewhere with exactly the same results, without touching that reader's own list", async () => {
    const other = await open();
    await visit(other.page);
    await other.page.getByRole("button", { name: "Scheduling", exact: true }).click();
    const url = new URL(shared);
    await visit(other.page, url.pathname + url.search + url.hash);
    await expect.poll(() => groups(other.page)).toEqual(await groups(session.page));
    expect(await other.page.getByText(/values from a shared link/).count()).toBe(1);
    // Back to their own: their one task, untouched by the link.
    await visit(other.page);
    await expect
      .poll(() => other.page.locator(".task-row legend").allTextContents())
      .toEqual(["Scheduling"]);
  });

  it("keeps everything across a reload", async () => {
    const { page } = session;
    const before = await groups(page);
    await page.reload();
    await ready(page);
    await expect.poll(() => groups(page)).toEqual(before);
    expect(await page.inputValue("#da-value")).toBe("60");
  });

  it("exports CSV and Markdown of what the results show", async () => {
    const { page } = session;
    const csv = await downloaded(page, "Download CSV");
    expect(csv.name).toBe("delegation-audit.csv");
    const lines = csv.text.split("\r\n");
    expect(lines[0]).toMatch(/^Task,Group,Reason,Hours per week,/);
    expect(lines[1]).toMatch(/^Inbox and email,Hand over first,/);
    expect(lines).toContain("Plan: hours back per week,8");
    const md = await downloaded(page, "Download Markdown");
    expect(md.name).toBe("delegation-audit.md");
    expect(md.text).toContain("- Hours back: 8 h a week");
    expect(md.text).toContain("## Learn enough to steer first");
    expect(md.text).toContain("**Search \\<tweaks\\>**");
  });

  it("prints the results and chart without the controls", async () => {
    const { page } = session;
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".audit-results").isVisible()).toBe(true);
    expect(await page.locator(".audit-chart svg").isVisible()).toBe(true);
    expect(await page.locator(".add-tasks").isVisible()).toBe(false);
    expect(await page.locator(".share").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
  });

  it("shows the saved plan on the summary page", async () => {
    const { page } = session;
    await page.goto("/summary/");
    const section = page.locator("#sum-delegation-audit").locator("..");
    await section.getByText("Hours back: 8 a week").waitFor();
    expect(await section.textContent()).toContain(
      "Inbox and email, Bookkeeping and invoicing",
    );
  });
});

describe("the delegation audit in the should-you-outsource guide", () => {
  it("starts from the guide's example and computes its worked figures", async () => {
    const { page, problems } = await open();
    await visit(page, "/guide/should-you-outsource/");
    expect(await headline(page)).toBe("Hand over 3 tasks first: 12 hours a week back");
    const plan = (await page.locator(".audit-plan").textContent()) ?? "";
    for (const figure of [
      "$1,712 a month",
      "$3,120 a month",
      "29%",
      "2 hours a week short",
    ])
      expect(plan).toContain(figure);
    expect(await groups(page)).toMatchObject({
      Keep: ["Client design work"],
      "Learn enough to steer first": ["Website updates and search tweaks"],
    });
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe("the delegation audit with a hostile link", () => {
  it("ignores what it cannot use with a notice and shows names as plain text", async () => {
    const { page, problems } = await open();
    const name = encodeURIComponent('<img src=x onerror="window.pwned=1">');
    await visit(
      page,
      `${PAGE}?v=1&value=-5&__proto__=1#t=a&n=${name}&h=3&s=9&f=plumbing`,
    );
    await page.getByText(/Ignored .*value=-5/).waitFor();
    expect(await page.getByText(/not a setting of this tool/).count()).toBeGreaterThan(0);
    expect(await page.locator(".task-row legend").textContent()).toBe(
      '<img src=x onerror="window.pwned=1">',
    );
    expect(await page.evaluate(() => "pwned" in window)).toBe(false);
    expect(await page.locator(".task-row img").count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe("the delegation audit with storage that throws", () => {
  it("works and says nothing will be remembered", async () => {
    const { context, page, problems } = await open();
    await context.addInitScript(() => {
      const blocked = () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      };
      Storage.prototype.getItem = blocked;
      Storage.prototype.setItem = blocked;
    });
    await visit(page);
    await page.getByRole("button", { name: "Data entry", exact: true }).click();
    await expect
      .poll(() => headline(page))
      .toBe("Hand over 1 task first: 2 hours a week back");
    await page.getByText(/not letting Handoff store anything/).waitFor();
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe.each(["light", "dark"] as const)(
  "the delegation audit in the %s theme",
  (colorScheme) => {
    it("passes axe with an example's results, chart and sharing shown", async () => {
      const { page } = await open({ ...PHONE, colorScheme });
      await visit(page, "/guide/should-you-outsource/");
      await page.locator(".audit-chart svg").waitFor();
      const result = await new AxeBuilder({ page })
        .include(".delegation-audit")
        .withTags(AXE_TAGS)
        .analyze();
      expect(
        result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    });
  },
);
