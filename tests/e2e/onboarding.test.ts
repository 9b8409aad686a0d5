// The onboarding checklist in a real browser: what a reader does over weeks
// (tick, reload, change an answer, export, print, share) and what must hold
// when the browser gets in the way (storage that throws).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { AXE_TAGS } from "./axe-tags";
import { downloaded, openContext } from "./browser";

const TOOL = "/tools/onboarding/";
const BRIEF = /^Write a one-page brief/;
const WALKTHROUGH = /^Record your screen for the parts your notes skip/;
const OVERLAP = /^Agree one or two hours a day when you are both online/;
const PASSWORDS = /^Share logins through a password manager/;
const LEAST_ACCESS = /^Give every account they use the lowest level of access/;
const ACCESS_REVIEW = /^Go through the access log/;
const CHECK_IN_1 = /^Check-in 1:/;

let sessions: Awaited<ReturnType<typeof openContext>>[] = [];
afterEach(async () => {
  await Promise.all(sessions.map((session) => session.close()));
  sessions = [];
});

async function open(options: Parameters<typeof openContext>[0] = {}) {
  const session = await openContext(options);
  sessions.push(session);
  return session;
}

/** Opens the tool (or a link to it) and waits for the checklist to load. */
async function openTool(page: Page, url = TOOL) {
  await page.goto(url);
  await page.getByRole("heading", { name: "Your checklist" }).waitFor();
}

const item = (page: Page, name: RegExp) => page.getByRole("checkbox", { name });

// The screen updates a moment after a change (the stores batch re-renders),
// so every check waits for what the reader should see, rather than reading at once.
const shows = (page: Page, text: RegExp) => page.getByText(text).first().waitFor();

const dueDate = (page: Page, name: RegExp) =>
  page.locator("li.ob-item", { has: item(page, name) }).locator("time");

/** The "Done when" reader: ongoing bookkeeping, far time zones, account access. */
async function answerBookkeeping(page: Page) {
  await page
    .getByLabel("What kind of work are you handing over?")
    .selectOption("bookkeeping");
  await page.getByRole("radio", { name: /^Ongoing work/ }).check();
  await page.getByRole("radio", { name: "7 hours or more" }).check();
  await page.getByRole("checkbox", { name: "Accounts and passwords" }).check();
  await page.getByLabel("When do they start?").fill("2027-03-01");
  await page.getByRole("radio", { name: "Every week" }).check();
  // Check-in 1 a week after the new start: the list shows every answer above.
  await page.locator('time[datetime="2027-03-08"]').first().waitFor();
}

describe("onboarding checklist", () => {
  it("gives the bookkeeping reader the security, overlap and check-in items with real dates", async () => {
    const { page, problems } = await open();
    await openTool(page);
    await answerBookkeeping(page);
    for (const name of [PASSWORDS, LEAST_ACCESS, ACCESS_REVIEW, OVERLAP, CHECK_IN_1])
      await item(page, name).waitFor();
    // Counted from a Mar 1, 2027 start: check-in 1 a week later, the brief four weeks before.
    await expect(dueDate(page, CHECK_IN_1).getAttribute("datetime")).resolves.toBe(
      "2027-03-08",
    );
    await expect(dueDate(page, BRIEF).getAttribute("datetime")).resolves.toBe(
      "2027-02-01",
    );
    await expect(dueDate(page, BRIEF).textContent()).resolves.toBe("Feb 1, 2027");
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it("keeps ticks across a reload", async () => {
    const { page } = await open();
    await openTool(page);
    await item(page, BRIEF).check();
    await item(page, WALKTHROUGH).check();
    await shows(page, /^Overall: 2 of \d+ done$/);
    const overall = await page.getByText(/^Overall:/).textContent();
    await page.reload();
    await page.getByRole("heading", { name: "Your checklist" }).waitFor();
    await expect(item(page, BRIEF).isChecked()).resolves.toBe(true);
    await expect(item(page, WALKTHROUGH).isChecked()).resolves.toBe(true);
    expect(overall).toMatch(/^Overall: 2 of \d+ done$/);
    await shows(page, new RegExp(`^${overall}$`));
  });

  it("keeps ticks of items that still apply when an answer changes, and brings back the rest", async () => {
    const { page } = await open();
    await openTool(page);
    await item(page, BRIEF).check();
    await item(page, WALKTHROUGH).check();
    // With full written procedures there is no walkthrough to record.
    await page.getByRole("radio", { name: "Full step-by-step procedures" }).check();
    await item(page, WALKTHROUGH).waitFor({ state: "detached" });
    await expect(item(page, BRIEF).isChecked()).resolves.toBe(true);
    await shows(page, /^Overall: 1 of/);
    await page.reload();
    await page.getByRole("heading", { name: "Your checklist" }).waitFor();
    await page.getByRole("radio", { name: "Some notes" }).check();
    await expect(item(page, WALKTHROUGH).isChecked()).resolves.toBe(true);
  });

  it("works, saying nothing will be remembered, when storage throws", async () => {
    const { context, page, problems } = await open();
    await context.addInitScript(() => {
      const fail = () => {
        throw new DOMException("Storage is disabled", "SecurityError");
      };
      Storage.prototype.getItem = fail;
      Storage.prototype.setItem = fail;
    });
    await openTool(page);
    await shows(page, /not letting Handoff store anything/);
    await item(page, BRIEF).check();
    await shows(page, /^Overall: 1 of/);
    await page.getByRole("radio", { name: "7 hours or more" }).check();
    await item(page, OVERLAP).waitFor();
    expect(problems.consoleErrors).toEqual([]);
  });

  it("downloads Markdown, CSV and a calendar file with the reader's checklist", async () => {
    const { page, problems } = await open();
    await openTool(page);
    await answerBookkeeping(page);
    await item(page, BRIEF).check();

    const [md, markdown] = await downloaded(page, /Markdown/);
    expect(md.suggestedFilename()).toBe("onboarding-checklist.md");
    expect(markdown).toMatch(/^# Onboarding checklist\n/);
    expect(markdown).toContain("- **Kind of work:** Bookkeeping");
    expect(markdown).toMatch(/- \[x\] Write a one-page brief.* \(due Feb 1, 2027\)/);
    expect(markdown).toMatch(/- \[ \] Agree one or two hours a day/);
    expect(markdown).toContain(`<${new URL(page.url()).origin}/guide/`);

    const [csvFile, csv] = await downloaded(page, /Spreadsheet/);
    expect(csvFile.suggestedFilename()).toBe("onboarding-checklist.csv");
    expect(csv).toMatch(/^\ufeff?Phase,Task,Due date,Done,Why it matters,Guide\r\n/);
    expect(csv).toMatch(/Write a one-page brief[^\r\n]*,2027-02-01,yes,/);

    const [icsFile, ics] = await downloaded(page, /Calendar/);
    expect(icsFile.suggestedFilename()).toBe("onboarding-checklist.ics");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // The kick-off call on the Mar 1 start, the trial review 4 days later, and
    // weekly check-ins from Mar 8 that repeat for as long as the work goes on.
    expect(ics).toMatch(/UID:kick-off-call-2027-03-01-[a-z0-9]+@handoff/);
    expect(ics).toMatch(/UID:trial-review-2027-03-05-[a-z0-9]+@handoff/);
    expect(ics).toMatch(/UID:check-in-1-2027-03-08-[a-z0-9]+@handoff\r\nDTSTAMP:/);
    expect(ics).toContain("DTSTART;VALUE=DATE:20270308");
    expect(ics).toContain("RRULE:FREQ=WEEKLY\r\n");
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(3);
    expect(ics).not.toMatch(/take everything back/i);
    expect(ics).toMatch(/END:VCALENDAR\r\n$/);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it("gives each contractor's calendar its own UIDs, the same on every export and on the next visit", async () => {
    const { page } = await open();
    await openTool(page);
    await answerBookkeeping(page);
    const uids = (ics: string): string[] => [...(ics.match(/^UID:.*$/gm) ?? [])];
    await page.getByLabel(/^Who is taking the work on\?/).fill("Maria");
    const [, first] = await downloaded(page, /Calendar/);
    expect(first).toContain("SUMMARY:Check-in with Maria");
    expect(first).toContain("SUMMARY:Kick-off call with Maria");
    // A new visit, from the top (a reload would scroll back to the buttons);
    // the saved name heads the checklist.
    await page.goto(TOOL);
    await page.getByRole("heading", { name: "Hand-over plan for Maria" }).waitFor();
    await page.locator('time[datetime="2027-03-08"]').first().waitFor();
    const [, again] = await downloaded(page, /Calendar/);
    expect(uids(again)).toEqual(uids(first));
    // The next contractor, same answers and start date: nothing in common.
    await page.getByLabel(/^Who is taking the work on\?/).fill("Tom");
    const [, tom] = await downloaded(page, /Calendar/);
    expect(tom).toContain("SUMMARY:Check-in with Tom");
    expect(uids(tom).filter((uid) => uids(first).includes(uid))).toEqual([]);
  });

  it("prints the list with its dates and ticks, and without the controls", async () => {
    const { page } = await open();
    await openTool(page);
    await item(page, BRIEF).check();
    await page.emulateMedia({ media: "print" });
    const visible = (locator: ReturnType<Page["locator"]>) => locator.first().isVisible();
    await expect(
      visible(page.getByLabel("What kind of work are you handing over?")),
    ).resolves.toBe(false);
    await expect(visible(page.getByRole("button", { name: /Markdown/ }))).resolves.toBe(
      false,
    );
    await expect(
      visible(page.getByRole("button", { name: "Clear my ticks" })),
    ).resolves.toBe(false);
    await expect(visible(item(page, BRIEF))).resolves.toBe(true);
    await expect(item(page, BRIEF).isChecked()).resolves.toBe(true);
    await expect(visible(dueDate(page, BRIEF))).resolves.toBe(true);
    await expect(visible(page.locator(".ob-print-summary"))).resolves.toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // About 45 items, several to a page: a handful of pages, not one or fifty.
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(16);
  });

  it("shares the answers, and the ticks when asked, without touching the reader's own", async () => {
    const coach = await open({ permissions: ["clipboard-read", "clipboard-write"] });
    await openTool(coach.page);
    await answerBookkeeping(coach.page);
    await item(coach.page, BRIEF).check();
    await coach.page.getByLabel("Include my ticks in the link").check();
    await coach.page.getByRole("button", { name: "Copy link" }).click();
    await coach.page.getByText(/^Link copied/).waitFor();
    const link = await coach.page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toBe(TOOL);

    const client = await open();
    await openTool(client.page);
    await client.page.getByRole("radio", { name: "A one-off task" }).check();
    const own = await client.page.evaluate(() =>
      localStorage.getItem("handoff:onboarding"),
    );

    await openTool(client.page, link);
    const { page } = client;
    await page.getByRole("region", { name: "Shared link" }).waitFor();
    // The link's start date is on screen once the link's answers are.
    await page.locator('time[datetime="2027-03-08"]').first().waitFor();
    await expect(
      page.getByLabel("What kind of work are you handing over?").inputValue(),
    ).resolves.toBe("bookkeeping");
    await expect(
      page.getByRole("radio", { name: "7 hours or more" }).isChecked(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole("checkbox", { name: "Accounts and passwords" }).isChecked(),
    ).resolves.toBe(true);
    await expect(page.getByLabel("When do they start?").inputValue()).resolves.toBe(
      "2027-03-01",
    );
    await expect(item(page, BRIEF).isChecked()).resolves.toBe(true);
    await item(page, OVERLAP).waitFor();
    await item(page, OVERLAP).check();
    await expect(
      page.evaluate(() => localStorage.getItem("handoff:onboarding")),
    ).resolves.toBe(own);

    await page.getByRole("button", { name: "Back to my own values" }).click();
    await expect
      .poll(() => page.getByRole("radio", { name: "A one-off task" }).isChecked())
      .toBe(true);
    await expect.poll(() => item(page, BRIEF).isChecked()).toBe(false);
    expect(new URL(page.url()).search).toBe("");
  });

  it("ignores a hostile link's settings with a notice, and still works", async () => {
    const { page, problems } = await open();
    await openTool(
      page,
      `${TOOL}?v=1&work=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&start=2027-02-30&tz=7%2B`,
    );
    const notice = page.getByRole("region", { name: "Link settings ignored" });
    await notice.getByText(/^Ignored “work=<img/).waitFor();
    await expect(notice.getByText(/^Ignored “start=2027-02-30”/).count()).resolves.toBe(
      1,
    );
    await expect(page.locator("img").count()).resolves.toBe(0);
    await item(page, OVERLAP).waitFor();
    expect(problems.consoleErrors).toEqual([]);
  });

  it.each(["light", "dark"] as const)(
    "has no accessibility violations in the %s theme with items ticked",
    async (colorScheme) => {
      const { page } = await open({ colorScheme });
      await openTool(page);
      await answerBookkeeping(page);
      await item(page, BRIEF).check();
      await item(page, OVERLAP).check();
      await page.getByRole("button", { name: "Clear my ticks" }).click();
      await shows(page, /^Cleared your ticks\./);
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const violations = axe.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
      expect(violations).toEqual([]);
    },
  );
});
