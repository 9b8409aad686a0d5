// The candidate scorecard in Chromium, as a reader on a phone uses it: rate
// three candidates for an admin assistant, share the link, reload, export,
// print; with storage that throws; and axe in light and dark.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openContext } from "./browser";
import { AXE_TAGS } from "./axe-tags";

const PAGE = "/tools/scorecard/";
const PHONE = { width: 375, height: 800 };

type Session = Awaited<ReturnType<typeof openContext>>;

/**
 * Waits until the tool is interactive, then scrolls to the parts that load
 * when they come into view (the card's lower half, the comparison), as a
 * reader would, and waits for them.
 */
async function ready(page: Page): Promise<void> {
  await page.waitForSelector("astro-island:not([ssr]) .scorecard");
  // Scrolled in steps: a jump straight to the bottom would pass the card's slot
  // by. Each step waits two frames, not a time: the browser computes what came
  // into view while rendering the first, and tells the observers in a task
  // before the second.
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      scrollTo(0, y);
      await frame();
      await frame();
    }
    scrollTo(0, 0);
  });
  await page.locator(".comparison table").waitFor();
  await page.getByRole("group", { name: "Dealbreakers" }).waitFor();
}

/** Opens the tool at `path`. */
async function openTool(page: Page, path = PAGE): Promise<void> {
  await page.goto(path);
  await ready(page);
}

/** Picks a rating, e.g. rate(page, "Trial task result", 4). */
async function rate(page: Page, criterion: string, level: number): Promise<void> {
  await page
    .getByRole("group", { name: new RegExp(`^${criterion}`) })
    .getByRole("radio", { name: new RegExp(`^${level}:`) })
    .check();
}

/** The comparison as "place name score evidence" rows. */
async function ranking(page: Page): Promise<string[]> {
  return page.locator(".comparison tbody tr").evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll("td, th")];
      const name = cells[1]?.querySelector("button")?.textContent ?? "";
      return [cells[0]?.textContent, name, cells[2]?.textContent, cells[3]?.textContent]
        .join(" ")
        .replace(/tied \d+/, "");
    }),
  );
}

/** Which rating is checked for each criterion of the open candidate. */
async function openRatings(page: Page): Promise<string[]> {
  return page
    .locator(".rating")
    .evaluateAll((groups) =>
      groups.map(
        (g) =>
          `${g.querySelector("legend")?.firstChild?.textContent}=${g.querySelector("input:checked + span")?.textContent}`,
      ),
    );
}

/**
 * Three candidates for an admin assistant, as a reader would enter them.
 * Admin weights: trial 5, reliability 5, clarity 4, thoroughness 4, overlap 4,
 * skill 3, honesty 3, values 3, business 2, price 2, track record 2, specialist 1.
 */
async function scoreThree(page: Page): Promise<void> {
  await page.getByLabel("Role you are hiring for").selectOption("admin");
  await page.getByLabel("Name", { exact: true }).fill("Ana Silva");
  await rate(page, "Trial task result", 4);
  await rate(page, "Responsiveness and reliability", 3);
  await rate(page, "Communication clarity", 3);
  await rate(page, "Thoroughness", 3);
  await rate(page, "Working-hours overlap", 3);
  // Ana: (5×4 + 5×3 + 4×3 + 4×3 + 4×3) ÷ (22 × 4) = 71/88 → 80, evidence 22/38 → 57%.
  await page.getByRole("button", { name: "Add candidate" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Bo Chen");
  await rate(page, "Trial task result", 2);
  await rate(page, "Responsiveness and reliability", 4);
  await rate(page, "Communication clarity", 2);
  await rate(page, "Thoroughness", 2);
  await rate(page, "Working-hours overlap", 4);
  // Bo: (10 + 20 + 8 + 8 + 16) ÷ (22 × 4) = 62/88 → 70, evidence 22/38 → 57%.
  await page.getByRole("button", { name: "Add candidate" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Cy <Dee>");
  await rate(page, "Trial task result", 4);
  await page.getByLabel("Failed or skipped the trial task").check();
}

describe("the candidate scorecard", () => {
  let session: Session;
  let shared = "";

  beforeAll(async () => {
    session = await openContext({ viewport: PHONE });
  });
  afterAll(() => session.close());

  it("ranks candidates as they are rated, on a phone", async () => {
    const { page } = session;
    await openTool(page);
    await page.getByLabel("Role you are hiring for").selectOption("admin");
    await page.getByLabel("Name", { exact: true }).fill("Ana Silva");
    await rate(page, "Trial task result", 2);
    await page.getByRole("button", { name: "Add candidate" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Bo Chen");
    await rate(page, "Trial task result", 3);
    // Trial only: Ana 2/4 → 50, Bo 3/4 → 75.
    await expect
      .poll(() => ranking(page))
      .toEqual(["1 Bo Chen 75 13%", "2 Ana Silva 50 13%"]);
    await page
      .getByRole("group", { name: "Candidate to rate" })
      .getByText("Ana Silva")
      .click();
    await rate(page, "Trial task result", 4);
    await expect
      .poll(() => ranking(page))
      .toEqual(["1 Ana Silva 100 13%", "2 Bo Chen 75 13%"]);
  });

  it("scores three admin-assistant candidates and says who to trial first", async () => {
    const { page, problems } = session;
    await page.evaluate(() => localStorage.clear());
    await openTool(page);
    await scoreThree(page);
    await expect
      .poll(() => ranking(page))
      .toEqual(["1 Ana Silva 80 57%", "2 Bo Chen 70 57%", "Ruled out Cy <Dee> 100 13%"]);
    expect(await page.locator(".comparison .lead").textContent()).toBe(
      "Ana Silva leads: hire, starting with a small first project. Strongest point: Trial task result: ready to use as delivered.",
    );
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it("copies a link that keeps names out of the query string", async () => {
    const { page } = session;
    await page.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => {
        (window as unknown as { copied: string }).copied = text;
      };
    });
    await page.getByRole("button", { name: "Copy link" }).click();
    // The link format loads on the first copy, so the clipboard is written a moment later.
    await page.waitForFunction(() => (window as unknown as { copied?: string }).copied);
    shared = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    const url = new URL(shared);
    expect(url.search).toMatch(/role=admin/);
    expect(url.search).not.toMatch(/Ana|Bo|Cy|Dee|Silva|Chen/);
    expect(decodeURIComponent(url.hash.replaceAll("+", " "))).toContain("n=Ana Silva");
    expect(await page.getByText(/go after the # in the link/).isVisible()).toBe(true);
  });

  it("reproduces the candidates and ratings exactly from the link, elsewhere", async () => {
    const other = await openContext({ viewport: PHONE });
    try {
      const url = new URL(shared);
      await openTool(other.page, url.pathname + url.search + url.hash);
      const expected = await ranking(session.page);
      await expect.poll(() => ranking(other.page)).toEqual(expected);
      for (const name of ["Ana Silva", "Bo Chen", "Cy <Dee>"]) {
        await session.page
          .getByRole("group", { name: "Candidate to rate" })
          .getByText(name)
          .click();
        await other.page
          .getByRole("group", { name: "Candidate to rate" })
          .getByText(name)
          .click();
        expect(await openRatings(other.page)).toEqual(await openRatings(session.page));
      }
      expect(await other.page.getByText(/values from a shared link/).count()).toBe(1);
    } finally {
      await other.close();
    }
  });

  it("keeps everything across a reload", async () => {
    const { page } = session;
    const before = await ranking(page);
    await page.reload();
    await ready(page);
    await expect.poll(() => ranking(page)).toEqual(before);
  });

  it("downloads a CSV with a header and one row per candidate, in ranked order", async () => {
    const { page } = session;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^scorecard-admin-assistant-\d{4}-\d\d-\d\d\.csv$/,
    );
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream())
      chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const lines = text
      .replace(/^\ufeff/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toMatch(
      /^Rank,Tied,Candidate,Score \(0-100\),Evidence \(%\),Band,Next step,Proven skill \(weight 3\),Trial task result \(weight 5\),/,
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^1,,Ana Silva,80,57,Hire,/);
    expect(lines[2]).toMatch(/^2,,Bo Chen,70,57,Paid trial first,/);
    expect(lines[3]).toMatch(/^Ruled out,,Cy <Dee>,100,13,Do not hire,/);
  });

  it("prints the comparison alone, legibly, on one page", async () => {
    const { page } = session;
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole("button", { name: "Print comparison" }).click();
    await page.emulateMedia({ media: "print" });
    const printed = await page.locator("body").innerText();
    for (const text of [
      "Ana Silva",
      "Bo Chen",
      "Cy <Dee>",
      "80",
      "70",
      "Comparison: Admin assistant",
    ])
      expect(printed).toContain(text);
    for (const text of ["Download CSV", "Role you are hiring for", "Handoff"])
      expect(printed).not.toContain(text);
    await page.screenshot({ path: "test-results/scorecard-print.png", fullPage: true });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.emulateMedia({ media: "screen" });
  });
});

describe("the candidate scorecard in its guide", () => {
  it("opens with the guide's paid-trial example: A, B and C, their trial costs, B ranked first", async () => {
    const { page, close } = await openContext();
    try {
      await page.goto("/guide/choosing-the-right-person/");
      await page.locator(".scorecard").scrollIntoViewIfNeeded();
      await page.getByRole("button", { name: /^Candidate C/ }).waitFor();
      // The price fields load when they near the screen.
      await page.locator(".extras-placeholder").scrollIntoViewIfNeeded();
      await expect.poll(() => page.getByLabel("Their quote").inputValue()).toBe("108");
      await page.locator(".comparison table").scrollIntoViewIfNeeded();
      await expect
        .poll(() => page.locator(".comparison tbody tr").first().textContent())
        .toMatch(/Candidate B/);
    } finally {
      await close();
    }
  });
});

describe("the candidate scorecard on a 390 px phone", () => {
  it("shows the ranking within a screen of the last rating, not below the whole card", async () => {
    const { page, close } = await openContext({ viewport: { width: 390, height: 844 } });
    try {
      await openTool(page);
      await page.getByLabel("Name", { exact: true }).fill("Ana");
      const groups = page.locator(".rating");
      const last = groups.last();
      await last.scrollIntoViewIfNeeded();
      await last.getByRole("radio", { name: /^3:/ }).check();
      const glance = page.getByRole("region", { name: "Ranking so far" });
      await glance.getByText(/Ana: \d+ \/ 100/).waitFor();
      const lastBox = await last.boundingBox();
      const glanceBox = await glance.boundingBox();
      // The glance starts right below the last criterion, well within one screen.
      expect(
        (glanceBox?.y ?? Infinity) - ((lastBox?.y ?? 0) + (lastBox?.height ?? 0)),
      ).toBeLessThan(100);
      // The full comparison it links to is far further down, below the card's lower half.
      await glance.getByRole("link", { name: "The full comparison" }).click();
      await page.locator(".comparison table").waitFor();
      await expect
        .poll(() => page.evaluate(() => location.hash))
        .toBe("#sc-comparison-title");
    } finally {
      await close();
    }
  });
});

describe("the candidate scorecard with storage that throws", () => {
  it("works and says nothing will be remembered", async () => {
    const { context, page, problems, close } = await openContext({ viewport: PHONE });
    try {
      await context.addInitScript(() => {
        const blocked = () => {
          throw new DOMException("The operation is insecure.", "SecurityError");
        };
        Storage.prototype.getItem = blocked;
        Storage.prototype.setItem = blocked;
      });
      await openTool(page);
      await page.getByLabel("Name", { exact: true }).fill("Ana");
      await rate(page, "Trial task result", 3);
      // Trial only, "any role" weights: 3/4 → 75, evidence 5/36 → 13%.
      await expect.poll(() => ranking(page)).toEqual(["1 Ana 75 13%"]);
      await page.getByText(/not letting Handoff store anything/).waitFor();
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe.each(["light", "dark"] as const)(
  "the scorecard in the %s theme",
  (colorScheme) => {
    let session: Session;
    beforeAll(async () => {
      session = await openContext({ colorScheme, viewport: PHONE });
    });
    afterAll(() => session.close());

    const axe = async (page: Page) => {
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
    };

    it("passes axe empty, partly filled, and with a dealbreaker ticked", async () => {
      const { page, problems } = session;
      await openTool(page);
      expect(await axe(page)).toEqual([]);

      await page.getByLabel("Name", { exact: true }).fill("Ana");
      await rate(page, "Trial task result", 3);
      await rate(page, "Proven skill", 1);
      await page.locator(".weights summary").click();
      await page.getByText("What to look for", { exact: true }).first().click();
      await page.getByLabel("Their quote").fill("400");
      await page.getByLabel("Hours it takes").fill("abc");
      expect(await axe(page)).toEqual([]);

      await page.getByLabel("Missed an agreed deadline without a word").check();
      await page.getByRole("button", { name: "Add candidate" }).click();
      await page.getByRole("button", { name: "Remove" }).click();
      expect(await axe(page)).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });
  },
);
