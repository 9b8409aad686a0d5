// Every tool in the registry is on the site: its own page and embed (each with
// its island running), its row in the lists of tools, its parameter table on
// the coaches' page, its section of the summary and its part of a client
// pack. Adding a registry entry without a part fails here, and so does a page
// that lists tools by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOOLS } from "../../src/lib/tools/tool-catalogue";
import { openContext } from "./browser";

let session: Awaited<ReturnType<typeof openContext>>;
beforeAll(async () => {
  session = await openContext();
});
afterAll(() => session.close());

const linksTo = async (path: string) =>
  session.page.locator(`main a[href="${path}"]`).count();

describe.each(TOOLS.map((tool) => [tool.id, tool] as const))("the tool %s", (_, tool) => {
  it("has its own page, whose tool starts", async () => {
    const { page } = session;
    await page.goto(tool.path);
    expect(await page.locator("h1").textContent()).toBe(tool.name);
    await page.waitForSelector(
      ".tool astro-island:not([ssr]), astro-island:not([ssr]) .tool",
    );
  });

  it("has an embed page, whose tool starts", async () => {
    const { page } = session;
    await page.goto(tool.embedPath);
    await page.waitForSelector("astro-island:not([ssr]) .tool");
    expect(await page.locator("a[data-open-in-handoff]").getAttribute("href")).toContain(
      tool.path,
    );
  });

  it("is listed on the home page and the tools index", async () => {
    for (const list of ["/", "/tools/"]) {
      await session.page.goto(list);
      expect(await linksTo(tool.path), list).toBeGreaterThan(0);
    }
  });

  it("has its parameter table and a sample link on the coaches' page", async () => {
    const { page } = session;
    await page.goto("/coaches/");
    const rows = page.locator(`[aria-labelledby="parameters-${tool.id}"] tbody tr`);
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await page.locator(".sample-links code", { hasText: tool.path }).count()).toBe(
      1,
    );
  });

  it("has its part in a coach's client pack, which opens the tool", async () => {
    const { page } = session;
    await page.goto(`/pack/#pack=1&${tool.id}=${encodeURIComponent("?v=1")}`);
    await page.locator(`#sum-${tool.id}`).waitFor();
    const open = page.locator(`a[data-pack-open="${tool.id}"]`);
    expect(await open.getAttribute("href")).toBe(`${tool.path}?v=1`);
  });

  it("has its section on the summary page", async () => {
    const { page } = session;
    await page.goto("/summary/");
    await page.locator(`#sum-${tool.id}`).waitFor();
  });
});
