// The every-page sweep: each page of the built sitemap, in light and dark, has
// no accessibility violations, console errors, CSP violations or requests to
// another origin. New pages are included automatically through the sitemap.
// Each theme is its own test file (sweep-light, sweep-dark) so the two run side
// by side on the e2e project's two workers.
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AXE_TAGS } from "./axe-tags";
import { openContext } from "./browser";
import { sitemapPaths } from "./site-pages";

const paths = sitemapPaths();

/** A theme and a window size to sweep every page in. */
export interface SweepSetup {
  readonly colorScheme: "light" | "dark";
  readonly viewport: { readonly width: number; readonly height: number };
}

/** Sweeps every page in one setup: one describe block of one test per page. */
export function sweepEveryPage(setup: SweepSetup): void {
  describe(`every page in the ${setup.colorScheme} theme at ${setup.viewport.width} px`, () => {
    let session: Awaited<ReturnType<typeof openContext>>;
    beforeAll(async () => {
      session = await openContext(setup);
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
        (v) =>
          `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
      expect(violations).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - innerWidth,
      );
      expect(overflow, "page scrolls sideways").toBeLessThanOrEqual(0);
      // The 404 page is served with status 404, which Chromium reports as a console error.
      const errors = problems.consoleErrors.filter(
        (text) => !(path === "/404.html" && text.includes("404")),
      );
      expect(errors).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });
  });
}
