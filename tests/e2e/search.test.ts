// Site search as a reader uses it: Pagefind loads on the first query, and a
// phrase from an article leads to the right section of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openContext } from "./browser";

let session: Awaited<ReturnType<typeof openContext>>;
beforeAll(async () => {
  session = await openContext();
});
afterAll(() => session.close());

async function search(query: string) {
  const { page } = session;
  await page.goto("/search/");
  await page.getByLabel("Search for a topic").fill(query);
  await page.locator("#search-results a").first().waitFor();
  return page
    .locator("#search-results a")
    .evaluateAll((links) =>
      links.map(
        (a) =>
          new URL((a as HTMLAnchorElement).href).pathname +
          new URL((a as HTMLAnchorElement).href).hash,
      ),
    );
}

describe("search", () => {
  it("loads nothing of Pagefind until the reader searches", async () => {
    const { page } = session;
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto("/search/");
    await page.waitForLoadState("networkidle");
    expect(requested.filter((url) => url.includes("/pagefind/"))).toEqual([]);
    page.removeAllListeners("request");
  });

  it("finds the trial project section for “trial”", async () => {
    const links = await search("trial");
    expect(links).toContain("/guide/choosing-the-right-person/#run-a-trial-project");
  });

  it("finds the time-zone sections for “time zones”", async () => {
    const links = await search("time zones");
    expect(
      links.some(
        (link) =>
          link.endsWith("#working-across-time-zones") ||
          link.endsWith("#time-zones-and-culture"),
      ),
    ).toBe(true);
  });

  it.each(["IP assignment", "IR35", "1099", "escrow", "processor agreement"])(
    "finds the contracts guide for “%s”",
    async (query) => {
      const links = await search(query);
      expect(
        links.some((link) => link.startsWith("/guide/contracts-payment-and-the-law/")),
        links.join("\n"),
      ).toBe(true);
    },
  );

  it("opens with the query from the address bar and says when nothing matches", async () => {
    const { page } = session;
    await page.goto("/search/?q=zzxxqq");
    await expect
      .poll(() => page.textContent("#search-status"))
      .toContain("Nothing matches");
  });
});
