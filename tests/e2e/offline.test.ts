// Offline and installable: after one visit, the service worker (/sw.js) keeps
// every tool and guide, so each tool works with no connection; the search says
// its index needs one. And a deploy reaches a returning reader cleanly: the
// next visit gets the new build whole, never old pages with new scripts.
// Each test serves its own copy of the built site, on its own origin, so no
// worker outlives its test.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { buildServiceWorker } from "../../scripts/service-worker.mjs";
import { latencyTargets, latencyUrl } from "../../scripts/speed/plan";
import { scrollToFirst } from "./browser";
import { renameEveryScript, useSiteCopy } from "./site-copy";

const site = useSiteCopy({ serviceWorkers: "allow" });
const open = () => site.open();

/** Waits until the page is controlled by an active, fully installed worker. */
async function controlled(page: Page) {
  await page.evaluate(
    "import('/after-idle.js').then(() => navigator.serviceWorker.ready)",
  );
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Types a key or two into the tool's field and waits for its result to change. */
async function useTool(page: Page, target: ReturnType<typeof latencyTargets>[number]) {
  await page.waitForSelector("astro-island:not([ssr])");
  const result = page.locator(target.result).first();
  await result.waitFor();
  const before = await result.innerText();
  await page.focus(target.field);
  if (target.caretKey) await page.keyboard.press(target.caretKey);
  await page.keyboard.press(target.keys[0]!);
  await expect.poll(() => result.innerText()).not.toBe(before);
}

describe("offline", () => {
  it("after one visit, every tool opens and answers with no connection, and the search says it cannot", async () => {
    const { page, context } = await open();
    await page.goto("/");
    await controlled(page);
    await context.setOffline(true);

    for (const target of latencyTargets()) {
      await page.goto(latencyUrl(target));
      await useTool(page, target);
    }
    // A shared link carries its state in the query: the same page, offline too.
    await page.goto("/tools/break-even/?v=1&do=45");
    await expect.poll(() => page.inputValue("#be-do")).toBe("45");
    // So do the calculator's chart, loaded on demand, and a guide.
    await scrollToFirst(page, ".charts-placeholder, .chart");
    await page.locator(".chart svg").waitFor();
    await page.goto("/guide/what-to-outsource/");
    await page.locator("h1").waitFor();

    await page.goto("/search/");
    await page.fill("#q", "trial");
    await expect
      .poll(() => page.locator("#search-status").textContent())
      .toContain("not kept for offline use");
  });

  it("has a manifest with installable icons, served by the site", async () => {
    const { page } = await open();
    await page.goto("/");
    const href = await page.getAttribute('link[rel="manifest"]', "href");
    const manifest = JSON.parse(
      readFileSync(join(site.root(), href!.replace(/^\//, "")), "utf8"),
    ) as { icons: { src: string; sizes: string; purpose?: string }[]; start_url: string };
    expect(manifest.start_url).toBe("/");
    const sizes = manifest.icons.map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
    for (const icon of manifest.icons) {
      const response = await page.request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
    }
  });
});

/**
 * A deploy: every script gets a new name, the calculator's heading changes,
 * and the worker is made again for the new files, as the build makes it.
 */
async function deployNewBuild() {
  const root = site.root();
  renameEveryScript(root);
  const page = join(root, "tools", "break-even", "index.html");
  writeFileSync(page, readFileSync(page, "utf8").replace("</h1>", " (new build)</h1>"));
  await buildServiceWorker(root);
}

describe("a deploy, for a reader who has the worker", () => {
  it("installs the new build on the next visit and serves it whole from then on", async () => {
    const { page, context } = await open();
    await page.goto("/tools/break-even/");
    await controlled(page);
    expect(await page.locator("h1").textContent()).not.toContain("(new build)");
    await page.close();

    await deployNewBuild();
    // The next visit finds the new worker, which installs the new build and
    // takes over, dropping the old build's files. That visit itself is served
    // the old build, whole; the deploy recovery reloads it if it then misses
    // a script the new worker dropped.
    const newWorker = context.waitForEvent("serviceworker");
    const next = await context.newPage();
    await next.goto("/tools/break-even/");
    const worker = await newWorker;
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const urls: string[] = [];
          for (const name of await caches.keys())
            for (const request of await (await caches.open(name)).keys())
              if (request.url.includes("/_astro/")) urls.push(request.url);
          return urls.length > 0 && urls.every((url) => url.endsWith(".next.js"));
        }),
      )
      .toBe(true);
    await next.close();

    const after = await context.newPage();
    await after.goto("/tools/break-even/");
    expect(await after.locator("h1").textContent()).toContain("(new build)");
    await useTool(
      after,
      latencyTargets().find((t) => t.tool === "break-even")!,
    );
    const scripts = await after.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith("/_astro/")),
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => !path.endsWith(".next.js"))).toEqual([]);
  });
});
