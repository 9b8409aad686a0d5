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
      const svg = (texts[0] as SVGTextElement).ownerSVGElement!.getBoundingClientRect();
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

/** The pages of a PDF that Chromium made. */
const pageCount = (pdf: Buffer) =>
  pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;

/** What shows under print media: the values as text, no controls, chart and table. */
async function printedLook(page: Page) {
  await page.emulateMedia({ media: "print" });
  const look = await page.evaluate(() => {
    const shown = (selector: string) =>
      [...document.querySelectorAll(selector)].some(
        (el) => (el as HTMLElement).offsetParent !== null,
      );
    const input = document.querySelector<HTMLInputElement>("#be-do")!;
    return {
      buttons: shown(".tool button"),
      presetPicker: shown("#be-preset"),
      inputBorder: getComputedStyle(input).borderTopWidth,
      value: input.value,
      chart: shown(".chart svg"),
      table: shown(".worth table"),
    };
  });
  // null, not "screen": page.pdf() would print with screen styles otherwise.
  await page.emulateMedia({ media: null });
  return look;
}

describe("printing the calculator", () => {
  it("prints values, verdict, chart and table on at most two pages with the Print button, unscrolled", async () => {
    // Short enough that the chart is far below the fold and never loads by itself.
    const { page } = await open({ viewport: { width: 1280, height: 500 } });
    await visit(page, ISSUE_LINK);
    expect(await page.$(".chart")).toBeNull();
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    // Print sits beside Copy link, which loads as it nears the screen. Pressed
    // from the keyboard, so nothing scrolls the chart into view.
    await page.locator(".share-placeholder").scrollIntoViewIfNeeded();
    await page.getByRole("button", { name: "Print" }).focus();
    expect(await page.$(".chart")).toBeNull();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => (window as unknown as { printed?: boolean }).printed,
    );
    expect(await printedLook(page)).toEqual({
      buttons: false,
      presetPicker: false,
      inputBorder: "0px",
      value: "60",
      chart: true,
      table: true,
    });
    const pdf = await page.pdf({ format: "A4" });
    expect(pageCount(pdf)).toBeGreaterThan(0);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  });

  it("prints the calculator's page with Ctrl+P on at most two pages, saying how to include the chart", async () => {
    const { page } = await open({ viewport: { width: 1280, height: 800 } });
    await visit(page, ISSUE_LINK);
    const look = await printedLook(page);
    expect(look).toMatchObject({
      buttons: false,
      presetPicker: false,
      inputBorder: "0px",
    });
    // A placeholder of its own: the page's may load the chart once print
    // layout brings it into view.
    await page.emulateMedia({ media: "print" });
    const note = await page.$eval(".tool", (tool) => {
      const probe = document.createElement("div");
      probe.className = "charts-placeholder";
      tool.append(probe);
      const content = getComputedStyle(probe, "::before").content;
      probe.remove();
      return content;
    });
    expect(note).toContain("Print button");
    const pdf = await page.pdf({ format: "A4" });
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  });
});

describe("the result while editing", () => {
  it("keeps a short verdict line in view on a phone while the reader edits a field far from the result", async () => {
    const { page } = await open(PHONE);
    await visit(page, ISSUE_LINK);
    await page.locator("#be-review").focus();
    await page.fill("#be-review", "60");
    await expect
      .poll(() => page.textContent(".live-verdict"))
      .toBe("Result: Do it yourself");
    const boxes = await page.evaluate(() => {
      const line = document.querySelector(".live-verdict")!.getBoundingClientRect();
      const input = document.querySelector("#be-review")!.getBoundingClientRect();
      const result = document.querySelector(".verdict")!.getBoundingClientRect();
      return { line, input, result, height: innerHeight };
    });
    // The line is on screen, above the field rather than over it, and the full
    // result is off screen: the line is what the reader sees.
    expect(boxes.line.top).toBeGreaterThanOrEqual(0);
    expect(boxes.line.bottom).toBeLessThanOrEqual(boxes.input.top);
    expect(boxes.result.top).toBeGreaterThan(boxes.height);
    await page.fill("#be-review", "10");
    await expect
      .poll(() => page.textContent(".live-verdict"))
      .toBe("Result: Delegate it");
  });

  it("shows the result beside the fields on a wide screen, with no extra line", async () => {
    const { page } = await open({ viewport: { width: 1280, height: 800 } });
    await visit(page, ISSUE_LINK);
    await page.locator("#be-value").focus();
    const layout = await page.evaluate(() => {
      const form = document.querySelector(".tool-form")!.getBoundingClientRect();
      const result = document
        .querySelector(".verdict .headline")!
        .getBoundingClientRect();
      const line = document.querySelector<HTMLElement>(".live-verdict")!;
      return {
        beside: result.left >= form.right,
        inView: result.top >= 0 && result.bottom <= innerHeight,
        lineShown: line.offsetParent !== null,
      };
    });
    expect(layout).toEqual({ beside: true, inView: true, lineShown: false });
    // Scrolled there, the verdict covers no control a reader could still reach.
    const axe = await new AxeBuilder({ page })
      .include(".tool")
      .withTags(AXE_TAGS)
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  it.each([
    ["light", "/tools/break-even/"],
    ["dark", "/tools/break-even/"],
    ["light", "/embed/break-even/"],
    ["dark", "/guide/what-to-outsource/"],
  ] as const)(
    "leaves every field a full-size target at 320 px in the %s theme, at rest and scrolled (%s)",
    async (colorScheme, path) => {
      const { page } = await open({ viewport: { width: 320, height: 640 }, colorScheme });
      await page.goto(path);
      await page.locator(".tool").scrollIntoViewIfNeeded();
      await page.waitForSelector("astro-island:not([ssr])");
      await page.locator(".verdict .headline").waitFor();
      for (const at of ["#be-do", "#be-setup"]) {
        await page.locator(at).scrollIntoViewIfNeeded();
        const axe = await new AxeBuilder({ page })
          .include(".tool")
          .withTags(AXE_TAGS)
          .analyze();
        const found = axe.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        );
        expect(found, at).toEqual([]);
      }
    },
  );
});

describe("the calculator inside its guide", () => {
  it("opens /guide/what-to-outsource/ with the guide's newsletter example", async () => {
    const { page } = await open(PHONE);
    await page.goto("/guide/what-to-outsource/");
    await page.locator("astro-island > .tool").scrollIntoViewIfNeeded();
    await page.waitForSelector("astro-island:not([ssr])");
    await expect.poll(() => page.inputValue("#be-setup")).toBe("180");
    const values = await Promise.all(
      [
        "be-do",
        "be-per",
        "be-freq",
        "be-months",
        "be-review",
        "be-price",
        "be-value",
        "be-currency",
      ].map((id) => page.inputValue(`#${id}`)),
    );
    expect(values).toEqual(["60", "week", "1", "12", "10", "25", "60", "USD"]);
    // The guide's figures: week 4 in time, week 8 in money.
    const figures = await page.textContent(".verdict .figures");
    expect(figures).toContain("after 4 times");
    expect(figures).toContain("after 8 times");
  });
});
