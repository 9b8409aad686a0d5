// Coaches' links in Chromium against the built site: a note that shows as
// text (markup included), can be dismissed and is never stored; the coaches'
// page listing the tools' parameters; and a coach building a link with a note
// that a client opens without losing their own saved work.
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { baseUrl, openContext } from "./browser";

const BREAK_EVEN = "/tools/break-even/";
const HOSTILE = "<img src=x onerror=alert(1)>";

let sessions: { close: () => Promise<void> }[] = [];
async function open() {
  const session = await openContext();
  sessions.push(session);
  return session;
}
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  sessions = [];
});

/** Opens a tool page and waits until its island has started. */
async function visit(page: Page, path: string, ready = ".verdict, .error-summary") {
  await page.goto(path);
  await page.waitForSelector("astro-island:not([ssr])");
  await page.waitForSelector(ready);
}

const note = (page: Page) =>
  page.getByRole("complementary", { name: "Note from your coach" });
const storedText = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .map((key) => `${key}=${localStorage.getItem(key)}`)
      .join("\n"),
  );

describe("a coach's note", () => {
  it("shows markup in a note as plain text, creating no element and running nothing", async () => {
    const { page, problems } = await open();
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const fragment = new URLSearchParams({ note: `Look here ${HOSTILE}` }).toString();
    await visit(page, `${BREAK_EVEN}?v=1&do=40#${fragment}`);
    await note(page).waitFor();
    expect(await note(page).textContent()).toContain(
      `From your coach: Look here ${HOSTILE}`,
    );
    expect(await page.locator(".tool img").count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("hides the note when dismissed, and a reload without it shows none", async () => {
    const { page } = await open();
    await visit(page, `${BREAK_EVEN}#note=Start+with+the+hours`);
    await note(page).waitFor();
    await page.getByRole("button", { name: "Dismiss note" }).click();
    await expect.poll(() => note(page).count()).toBe(0);
    expect(new URL(page.url()).hash).toBe("");
    await page.reload();
    await page.waitForSelector("astro-island:not([ssr])");
    await page.waitForSelector(".verdict");
    expect(await note(page).count()).toBe(0);
  });

  it("is never written to the reader's storage, even when they keep the link's values", async () => {
    const { page } = await open();
    await visit(page, `${BREAK_EVEN}?v=1&do=40#note=Private+remark+xyzzy`);
    await note(page).waitFor();
    await page.fill("#be-do", "41");
    await page.getByRole("button", { name: "Keep these values as mine" }).click();
    await page.fill("#be-do", "42");
    await expect.poll(() => storedText(page)).toContain("handoff:break-even");
    expect(await storedText(page)).not.toContain("xyzzy");
  });

  it("shows above the scorecard next to the link's candidates, with no notice about it", async () => {
    const { page } = await open();
    await visit(
      page,
      "/tools/scorecard/?v=1&role=admin#c=a&n=Ana&note=Trial+Ana+first",
      ".scorecard",
    );
    await note(page).waitFor();
    expect(await note(page).textContent()).toContain("Trial Ana first");
    expect(
      await page.getByRole("region", { name: "Link settings ignored" }).count(),
    ).toBe(0);
    await expect
      .poll(() => page.getByRole("textbox", { name: "Name" }).inputValue())
      .toBe("Ana");
  });

  it("shows above the onboarding checklist", async () => {
    const { page } = await open();
    await visit(
      page,
      "/tools/onboarding/?v=1&work=design#note=Book+the+kick-off",
      ".onboarding",
    );
    await note(page).waitFor();
    expect(await note(page).textContent()).toContain("Book the kick-off");
  });
});

describe("the coaches' page", () => {
  it("lists the parameters of every tool", async () => {
    const { page } = await open();
    await page.goto("/coaches/");
    const keysOf = (tool: string) =>
      page
        .locator(`[aria-labelledby="parameters-${tool}"] tbody tr`)
        .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-key")));
    expect(await keysOf("break-even")).toEqual(
      expect.arrayContaining([
        "v",
        "do",
        "freq",
        "per",
        "months",
        "setup",
        "review",
        "price",
        "value",
        "cur",
        "note",
      ]),
    );
    expect(await keysOf("scorecard")).toEqual(
      expect.arrayContaining([
        "v",
        "role",
        "w-skill",
        "w-track-record",
        "rmin",
        "rmax",
        "c",
        "n",
        "r",
        "d",
        "q",
        "h",
        "t",
        "note",
      ]),
    );
    expect(await keysOf("onboarding")).toEqual(
      expect.arrayContaining([
        "v",
        "work",
        "eng",
        "lang",
        "tz",
        "access",
        "docs",
        "start",
        "every",
        "ticks",
        "note",
      ]),
    );
    expect(
      await page.getByRole("link", { name: "For coaches" }).first().getAttribute("href"),
    ).toBe("/coaches/");
  });
  it("spaces its numbers from their words and gives each tool's sample link its own note", async () => {
    const { page } = await open();
    await page.goto("/coaches/");
    const text = await page.locator("main").innerText();
    expect(text).toContain("up to 280 characters of plain text");
    expect(text).not.toMatch(/\d[A-Za-z]{3,}/);
    const notes = await page
      .locator(".sample-links code")
      .evaluateAll((codes) =>
        codes.map((code) =>
          new URLSearchParams(code.textContent?.split("#")[1]).get("note"),
        ),
      );
    expect(notes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(notes).size).toBe(notes.length);
    expect(
      notes.filter((note) => note === "Start with the monthly figures"),
    ).toHaveLength(1);
  });
});

describe("a coach sharing a tool with a client", () => {
  it("sends a link with a note; the client sees it and the numbers, and keeps their own", async () => {
    const coach = await open();
    await coach.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: baseUrl(),
    });
    await visit(coach.page, BREAK_EVEN);
    await coach.page.fill("#be-do", "50");
    await coach.page.fill("#be-price", "20");
    await coach.page.getByText("Add a note for your client").click();
    const box = coach.page.getByLabel("Note for your client (optional)");
    await box.fill("Check the months <b>first</b>");
    await coach.page.getByRole("button", { name: "Copy link" }).click();
    await coach.page.getByText("Link copied").waitFor();
    const link = await coach.page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).hash).toContain("note=");

    const client = await open();
    await visit(client.page, BREAK_EVEN);
    await client.page.fill("#be-do", "12");
    await expect.poll(() => storedText(client.page)).toContain("handoff:break-even");
    const before = await storedText(client.page);

    await visit(client.page, link);
    await note(client.page).waitFor();
    expect(await note(client.page).textContent()).toContain(
      "Check the months <b>first</b>",
    );
    expect(await client.page.inputValue("#be-do")).toBe("50");
    expect(await client.page.inputValue("#be-price")).toBe("20");
    expect(await storedText(client.page)).toBe(before);

    await visit(client.page, BREAK_EVEN);
    await expect.poll(() => client.page.inputValue("#be-do")).toBe("12");
    expect(await note(client.page).count()).toBe(0);
  });
});
