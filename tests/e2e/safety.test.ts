// Nothing a reader enters is lost (issue 17): what a reader sees when a save
// cannot be touched, when a preset or a destructive action would replace
// their values, when a coach's note or a pasted fragment is in the address,
// and the messages for input the tools cannot use. Each test failed before
// its fix.
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { openContext } from "./browser";

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

const NEWER = JSON.stringify({ v: 2, data: { from: "a later version" } });

/** Puts `raw` under `key` in the site's storage before the page's own scripts run. */
async function store(page: Page, key: string, raw: string) {
  await page.context().addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(k, v);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [key, raw] as const,
  );
}

/** Opens the calculator and waits until it has started. */
async function openCalculator(page: Page, path: string) {
  await page.goto(path);
  await page.waitForSelector("astro-island:not([ssr]) .break-even");
  await page.waitForFunction(() => document.querySelector(".verdict, .error-summary"));
}

/**
 * Opens the scorecard and waits until it is interactive, with the card's
 * lower half loaded (it loads when scrolled to, so the page is scrolled
 * through in steps of two frames each, as tests/e2e/scorecard.test.ts does).
 */
async function openScorecard(page: Page, path = "/tools/scorecard/") {
  if (path !== "") await page.goto(path);
  await page.waitForSelector("astro-island:not([ssr]) .scorecard");
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      scrollTo(0, y);
      await frame();
      await frame();
    }
    scrollTo(0, 0);
  });
  await page.getByRole("group", { name: "Dealbreakers" }).waitFor();
}

const field = (page: Page, label: RegExp | string) => page.getByLabel(label);

describe("a save written by a newer version (item 1)", () => {
  it("is not overwritten by Keep these values as mine, which says why", async () => {
    const { page } = await open();
    await store(page, "handoff:break-even", NEWER);
    await openCalculator(page, "/tools/break-even/?v=1&do=99");
    const banner = page.getByRole("region", { name: "Shared link" });
    await banner.waitFor();
    await expect(banner.textContent()).resolves.not.toContain("you have none yet");
    await banner.getByRole("button", { name: "Keep these values as mine" }).click();
    await page.getByText(/These values cannot be kept as yours here/).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("handoff:break-even"))).toBe(
      NEWER,
    );
  });
});

describe("a preset (item 2)", () => {
  it("does not apply while arrowing, and gives back the reader's own numbers", async () => {
    const { page } = await open();
    await openCalculator(page, "/tools/break-even/");
    await field(page, /^Time to do it yourself/).fill("37");
    await field(page, /^Time to hand it over/).fill("11");
    const picker = field(page, "Start from a typical task");
    await picker.focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => picker.inputValue()).not.toBe("");
    expect(await field(page, /^Time to do it yourself/).inputValue()).toBe("37");
    // Enter takes the preset shown.
    await page.keyboard.press("Enter");
    await expect
      .poll(() => field(page, /^Time to do it yourself/).inputValue())
      .not.toBe("37");
    // "Your own numbers" brings 37 and 11 back.
    await picker.selectOption("");
    await expect
      .poll(() => field(page, /^Time to do it yourself/).inputValue())
      .toBe("37");
    expect(await field(page, /^Time to hand it over/).inputValue()).toBe("11");
  });
});

describe("Undo (item 3)", () => {
  it("follows Start over in the scorecard, with no dialog, and brings the scorecard back", async () => {
    const { page } = await open();
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await openScorecard(page);
    await page.getByLabel("Name", { exact: true }).fill("Ana");
    await page.getByRole("button", { name: "Start over" }).click();
    await page.getByText("Started over.").waitFor();
    await expect
      .poll(() => page.getByLabel("Name", { exact: true }).inputValue())
      .toBe("Candidate A");
    await page.getByRole("button", { name: "Undo" }).click();
    await expect
      .poll(() => page.getByLabel("Name", { exact: true }).inputValue())
      .toBe("Ana");
    expect(dialogs).toBe(0);
  });

  it("follows Keep these values as mine and brings the reader's own values back", async () => {
    const { page } = await open();
    await openCalculator(page, "/tools/break-even/");
    await field(page, /^Time to do it yourself/).fill("41");
    await openCalculator(page, "/tools/break-even/?v=1&do=99");
    await page.getByRole("button", { name: "Keep these values as mine" }).click();
    await page.getByText("Kept the link's values as yours.").waitFor();
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByRole("region", { name: "Shared link" }).waitFor();
    expect(new URL(page.url()).searchParams.get("do")).toBe("99");
    await page.getByRole("button", { name: "Back to my own values" }).click();
    await expect
      .poll(() => field(page, /^Time to do it yourself/).inputValue())
      .toBe("41");
  });
});

describe("the scorecard's amount fields (item 4)", () => {
  it("keep text that is not a valid figure, with its error, across a reload", async () => {
    const { page } = await open();
    await openScorecard(page);
    await field(page, "Their quote").fill("12x");
    await page.locator("#sc-rate-min").fill("abc");
    await page.getByText(/The quote must be a number/).waitFor();
    await page.reload();
    await openScorecard(page, "");
    await expect.poll(() => field(page, "Their quote").inputValue()).toBe("12x");
    expect(await page.locator("#sc-rate-min").inputValue()).toBe("abc");
    await page.getByText(/The quote must be a number/).waitFor();
  });
});

describe("ticks from a link (item 5)", () => {
  it("keep the real ones and drop the rest with a notice, so a reload keeps them", async () => {
    const { page } = await open();
    const junk = Array.from({ length: 300 }, (_, i) => `junk-${i}`);
    const ticks = ["decide-the-result", "write-the-brief", "define-done", ...junk];
    await page.goto(`/tools/onboarding/?v=1&ticks=${ticks.join(".")}`);
    await page.getByRole("heading", { name: "Your checklist" }).waitFor();
    await page.getByText(/Ignored 300 ticks that are not checklist items/).waitFor();
    const ticked = page.locator("li.ob-item input[type=checkbox]:checked");
    await expect.poll(() => ticked.count()).toBe(3);
    await page.getByRole("button", { name: "Keep these values as mine" }).click();
    await page.getByText("Kept the link's values as yours.").waitFor();
    const saved = await page.evaluate(() => localStorage.getItem("handoff:onboarding"));
    expect(JSON.parse(saved ?? "{}").data.ticks).toHaveLength(3);
    await page.reload();
    await page.getByRole("heading", { name: "Your checklist" }).waitFor();
    await expect.poll(() => ticked.count()).toBe(3);
  });
});

describe("a coach's note (items 6 and 7)", () => {
  it("stays in an embed's address after an edit, so Open in Handoff carries it", async () => {
    const { page } = await open();
    await page.goto("/embed/break-even/?v=1&do=45#note=Hello");
    await page.getByText("From your coach:").waitFor();
    await field(page, /^Time to do it yourself/).fill("61");
    await expect.poll(() => new URL(page.url()).searchParams.get("do")).toBe("61");
    expect(new URL(page.url()).hash).toBe("#note=Hello");
    const link = page.getByRole("link", { name: /Open in Handoff/ });
    await link.focus();
    expect(new URL((await link.getAttribute("href")) ?? "", page.url()).hash).toBe(
      "#note=Hello",
    );
  });

  it("and a shared scorecard pasted as a new fragment are shown without a reload", async () => {
    const { page } = await open();
    await openScorecard(page);
    await page.evaluate(() => {
      location.hash = "c=a&n=Linked+Person&note=Coach+says+hi";
    });
    await page.getByRole("region", { name: "Shared link" }).waitFor();
    await page.getByText("Coach says hi").waitFor();
    await expect
      .poll(() => page.getByLabel("Name", { exact: true }).inputValue())
      .toBe("Linked Person");
  });
});

describe("the summary page (item 8)", () => {
  it.each([
    ["a newer version's save", NEWER, /written by a newer version of Handoff/],
    ["a damaged save", "{not json", /could not be read/],
  ])("says what the tool says about %s", async (_, raw, says) => {
    const { page } = await open();
    await store(page, "handoff:scorecard", raw);
    await page.goto("/summary/");
    const section = page.locator('section[aria-labelledby="sum-scorecard"]');
    await section.getByText(says).waitFor();
    await expect(section.textContent()).resolves.not.toContain("Nothing saved here yet");
  });
});

describe("messages (item 11)", () => {
  it("tell a 100,000-digit entry it is too long", async () => {
    const { page } = await open();
    await openCalculator(page, "/tools/break-even/");
    await field(page, /^Time to do it yourself/).fill("9".repeat(100_000));
    await page
      .getByText(/Time to do it yourself is too long/)
      .first()
      .waitFor();
  });

  it("give the whole range of start dates", async () => {
    const { page } = await open();
    await page.goto("/tools/onboarding/");
    await page.getByRole("heading", { name: "Your checklist" }).waitFor();
    await field(page, "When do they start?").fill("3000-01-01");
    await field(page, "When do they start?").blur();
    await page.getByText(/between 1 January 2000 and 31 December 2999/).waitFor();
  });

  it("give a notice for a scorecard link whose rate range is the wrong way round", async () => {
    const { page } = await open();
    await openScorecard(page, "/tools/scorecard/?v=1&rmin=50&rmax=20#c=a&n=Ana");
    await page
      .getByText(
        "Ignored “rmin=50” and “rmax=20”: the lowest hourly rate is above the highest",
      )
      .waitFor();
  });
});
