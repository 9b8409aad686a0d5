// The coach's client pack in Chromium: a coach copies a link from every tool,
// makes one pack link with a note on the coaches' page, and a client opens it
// in a fresh browser: the note, each tool's result, each tool in exactly the
// coach's state, their own saved work untouched, a print of one or two pages,
// and a clear message for a pack link that cannot be read.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { TOOLS } from "~/lib/tools/tool-catalogue";
import { AXE_TAGS } from "./axe-tags";
import { openContext } from "./browser";

let sessions: Awaited<ReturnType<typeof openContext>>[] = [];
afterEach(async () => {
  await Promise.all(sessions.map((session) => session.close()));
  sessions = [];
});

/** A fresh browser whose clipboard writes land in `window.copied`. */
async function open() {
  const session = await openContext();
  sessions.push(session);
  await session.context.addInitScript(() => {
    navigator.clipboard.writeText = async (text: string) => {
      (window as unknown as { copied: string }).copied = text;
    };
  });
  return session;
}

/** Opens a tool page and scrolls through it, so its lazy parts (Copy link) load. */
async function openTool(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForSelector(
    "astro-island:not([ssr]) .tool, .tool astro-island:not([ssr])",
    {
      state: "attached",
    },
  );
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      scrollTo(0, y);
      await frame();
      await frame();
    }
  });
  await page.getByRole("button", { name: "Copy link" }).first().waitFor();
}

/** Presses the tool's Copy link and returns the link. */
async function copyLink(page: Page): Promise<string> {
  await page.evaluate(() => delete (window as unknown as { copied?: string }).copied);
  await page.getByRole("button", { name: "Copy link" }).first().click();
  await page.waitForFunction(() => (window as unknown as { copied?: string }).copied);
  return page.evaluate(() => (window as unknown as { copied: string }).copied);
}

/** A link's settings: its query and fragment, without a coach's note. */
function settingsOf(link: string): string {
  const url = new URL(link);
  const fragment = new URLSearchParams(url.hash.slice(1));
  fragment.delete("note");
  const rest = fragment.toString();
  return `${url.search}${rest === "" ? "" : `#${rest}`}`;
}

/** What each tool's coach enters, before copying its link. */
const FILL: Record<string, (page: Page) => Promise<void>> = {
  "delegation-audit": async (page) => {
    await page.getByRole("button", { name: "Data entry", exact: true }).click();
  },
  "break-even": async (page) => {
    await page.fill("#be-do", "47");
    await page.fill("#be-price", "19");
  },
  scorecard: async (page) => {
    await page
      .getByRole("group", { name: /^Trial task result/ })
      .first()
      .getByRole("radio", { name: /^4:/ })
      .check();
  },
  onboarding: async (page) => {
    await page.getByRole("checkbox", { name: /^Write a one-page brief/ }).check();
    await page.getByLabel("Include my ticks in the link").check();
  },
};

/** What axe finds wrong on the page, in light and in dark (the page follows the system). */
async function accessibilityProblems(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const v of axe.violations)
      found.push(
        `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
  }
  return found;
}

/** Everything Handoff keeps in this browser, as stored. */
const savedWork = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith("handoff:") && key !== "handoff:theme")
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );

const NOTE = "Start with the <b>audit</b> & then the calculator";

describe("the coach's client pack", () => {
  it("carries every tool and a note to a client, who sees each result and opens each tool in the coach's state", async () => {
    const coach = await open();
    const links: Record<string, string> = {};
    for (const tool of TOOLS) {
      const fill = FILL[tool.id];
      if (!fill) throw new Error(`No way to fill in ${tool.id} in client-pack.test.ts`);
      await openTool(coach.page, tool.path);
      await fill(coach.page);
      links[tool.id] = await copyLink(coach.page);
    }

    await coach.page.goto("/coaches/");
    const builder = coach.page.locator(".pack-builder");
    await builder.scrollIntoViewIfNeeded();
    await coach.page.waitForSelector("astro-island:not([ssr]) .pack-builder");
    for (const tool of TOOLS) {
      await coach.page
        .getByLabel(`Link from the ${tool.shortName}`)
        .fill(links[tool.id]!);
    }
    await coach.page.getByLabel("Your note for the client").fill(NOTE);
    await coach.page.getByRole("button", { name: "Make the pack link" }).click();
    const result = coach.page.getByLabel("Pack link");
    await result.waitFor();
    // Focus moves to the link, ready to copy.
    await expect
      .poll(() => coach.page.evaluate(() => document.activeElement?.id))
      .toBe("pack-result");
    const pack = new URL(await result.inputValue());
    expect(pack.pathname).toBe("/pack/");
    // The note and every tool's settings travel after the #, never in the query.
    expect(pack.search).toBe("");
    expect(new URLSearchParams(pack.hash.slice(1)).get("note")).toBe(NOTE);

    const client = await open();
    const { page } = client;
    // The client's own work, which the pack must leave as it is.
    await openTool(page, "/tools/break-even/");
    await page.fill("#be-do", "12");
    await expect.poll(() => savedWork(page)).toHaveProperty("handoff:break-even");
    const before = await savedWork(page);

    await page.goto(pack.pathname + pack.hash);
    const note = page.locator("[data-pack-note]");
    await note.waitFor();
    expect(await note.textContent()).toBe(NOTE);
    expect(await page.locator(".pack-note b").count()).toBe(0);
    for (const tool of TOOLS) {
      await page.locator(`#sum-${tool.id}`).waitFor();
    }
    expect(await page.locator(".summary-verdict").textContent()).toMatch(/\S/);
    expect(
      await page.locator("#sum-delegation-audit ~ * dd").first().textContent(),
    ).toContain("Data entry");
    expect(await page.getByText(/^Next step:/).count()).toBe(1);
    expect(await page.locator(".summary-due li").count()).toBe(3);

    for (const tool of TOOLS) {
      await page.goto("/pack/" + pack.hash);
      const open = page.locator(`a[data-pack-open="${tool.id}"]`);
      await open.waitFor();
      const href = (await open.getAttribute("href"))!;
      expect(new URL(href, pack).pathname).toBe(tool.path);
      await open.click();
      await page.waitForURL((url) => url.pathname === tool.path);
      await openTool(page, page.url());
      if (tool.id === "onboarding")
        await page.getByLabel("Include my ticks in the link").check();
      expect(settingsOf(await copyLink(page)), tool.id).toBe(settingsOf(links[tool.id]!));
    }
    expect(await savedWork(page)).toEqual(before);
  });

  it("shows a full pack accessibly and prints it on one or two pages", async () => {
    const coach = await open();
    const links: Record<string, string> = {};
    for (const tool of TOOLS) {
      await openTool(coach.page, tool.path);
      await FILL[tool.id]!(coach.page);
      links[tool.id] = await copyLink(coach.page);
    }
    // A pack written by hand from the tools' links, as the coaches' page documents it.
    const fragment = new URLSearchParams({ pack: "1", note: NOTE });
    for (const tool of TOOLS) fragment.set(tool.id, settingsOf(links[tool.id]!));
    const { page } = coach;
    await page.goto(`/pack/#${fragment.toString()}`);
    for (const tool of TOOLS) await page.locator(`#sum-${tool.id}`).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it("names what is wrong with a pasted link on the coaches' page", async () => {
    const { page } = await open();
    await page.goto("/coaches/");
    await page.locator(".pack-builder").scrollIntoViewIfNeeded();
    await page.waitForSelector("astro-island:not([ssr]) .pack-builder");
    await page.getByLabel("Link from the break-even calculator").fill("not a link");
    await page
      .getByLabel("Link from the candidate scorecard")
      .fill("https://example.com/tools/break-even/?v=1&do=30");
    await page.getByRole("button", { name: "Make the pack link" }).click();
    await page.getByText(/^This is not a link\./).waitFor();
    await page
      .getByText(
        /^This is a link to the break-even calculator, not the candidate scorecard/,
      )
      .waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("pack-link-break-even");
    expect(await page.getByLabel("Pack link").count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it.each([
    ["#pack=2&note=Hi", /newer version of Handoff/],
    ["#note=Hi", /no pack in it/],
    ["#pack=x", /damaged/],
    ["#pack=1", /empty/],
    [`#pack=1&note=${"a".repeat(40_000)}`, /too long/],
    ["", /no pack here yet/],
  ])("says what is wrong with the pack link %#", async (hash, message) => {
    const { page, problems } = await open();
    await page.goto(`/pack/${hash}`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(message);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("shows markup in a note as text, and says which parts it left out", async () => {
    const { page } = await open();
    await page.goto(
      `/pack/#pack=1&note=${encodeURIComponent('<img src=x onerror="window.hit=1">Hello')}&calendar=%3Fv%3D1&break-even=nope`,
    );
    const note = page.locator("[data-pack-note]");
    await note.waitFor();
    expect(await note.textContent()).toBe('<img src=x onerror="window.hit=1">Hello');
    expect(await page.locator(".pack img").count()).toBe(0);
    await page.getByText(/Ignored “calendar”: not a tool on this site/).waitFor();
    await page.getByText(/Ignored the part for “break-even”/).waitFor();
    expect(await page.evaluate(() => (window as unknown as { hit?: number }).hit)).toBe(
      undefined,
    );
  });
});
