// The every-page sweep: each page of the built sitemap, in light and dark, has
// no accessibility violations, console errors, CSP violations or requests to
// another origin. New pages are included automatically through the sitemap.
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openContext } from "./browser";
import { sitemapPaths } from "./site-pages";

export const AXE_TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
  "best-practice",
];

const paths = sitemapPaths();

describe.each(["light", "dark"] as const)("every page in the %s theme", (colorScheme) => {
  let session: Awaited<ReturnType<typeof openContext>>;
  beforeAll(async () => {
    session = await openContext({ colorScheme });
  });
  afterAll(() => session.close());

  it.each(paths)("%s is accessible, error-free and same-origin", async (path) => {
    const { page, problems } = session;
    problems.consoleErrors.length = 0;
    problems.cspViolations.length = 0;
    problems.foreignRequests.length = 0;
    await page.goto(path, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const violations = axe.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
    expect(violations).toEqual([]);
    // The 404 page is served with status 404, which Chromium reports as a console error.
    const errors = problems.consoleErrors.filter(
      (text) => !(path === "/404.html" && text.includes("404")),
    );
    expect(errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
});
