// Lighthouse on one page of each kind (speed-pages.ts), with its mobile
// defaults: a mid-range phone's screen, 4× CPU and a slow 4G network, all
// simulated from one unthrottled load. One Chromium serves every page, one
// page at a time, so the run stays well under two minutes on two cores.
//
// Lighthouse's timings come from a single real page load, so a busy machine
// can make a fast page look slow for one run. A page is therefore measured up
// to ATTEMPTS times and passes when one run meets every bar: work the site
// really does shows up in every run, a neighbour's burst of CPU does not.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl } from "./browser";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { PAGE_KINDS } from "./speed-pages";

/** The bars from the issue: scores out of 100, times in milliseconds. */
export const BARS = {
  performance: 98,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
  lcpMs: 1000,
  cls: 0,
  tbtMs: 0,
} as const;

const ATTEMPTS = 3;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** What one run measured on one page. */
interface Figures {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Lighthouse's CPU benchmark for the machine at the time (about 1,000 on this 2-core VM). */
  benchmarkIndex: number;
  /** Audits that lost points, so a failure says what to fix. */
  failing: string[];
}

function figuresOf(lhr: Result): Figures {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Figures["scores"];
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a !== undefined && a.score !== null && a.score < 1)
      .map((a) => `${id}/${a!.id}: ${a!.displayValue ?? a!.score}`),
  );
  return {
    scores,
    lcpMs: audit("largest-contentful-paint"),
    cls: audit("cumulative-layout-shift"),
    tbtMs: audit("total-blocking-time"),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failing,
  };
}

const meetsBars = (f: Figures) =>
  f.scores.performance >= BARS.performance &&
  f.scores.accessibility >= BARS.accessibility &&
  f.scores["best-practices"] >= BARS["best-practices"] &&
  f.scores.seo >= BARS.seo &&
  f.lcpMs <= BARS.lcpMs &&
  f.cls <= BARS.cls &&
  f.tbtMs <= BARS.tbtMs;

const FLAGS: Flags = {
  output: "json",
  logLevel: "error",
  onlyCategories: [...CATEGORIES],
  // Neither is scored: the full-page screenshot is for the HTML report, and
  // the back/forward-cache check navigates away and back again.
  disableFullPageScreenshot: true,
  skipAudits: ["bf-cache"],
};

describe("Lighthouse (mobile) on one page of each kind", () => {
  let chrome: chromeLauncher.LaunchedChrome;
  const table: string[] = [];

  beforeAll(async () => {
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: ["--headless", ...CHROMIUM_ARGS],
      logLevel: "silent",
    });
  });

  afterAll(async () => {
    chrome?.kill();
    if (table.length > 0) {
      console.log(
        [
          "page                               perf a11y  bp  seo    LCP   CLS   TBT  runs  CPU index",
          ...table,
        ].join("\n"),
      );
    }
  });

  it.each(PAGE_KINDS)(
    "$kind ($path) meets every bar",
    async ({ path }) => {
      const runs: Figures[] = [];
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const result = await lighthouse(`${baseUrl()}${path}`, {
          ...FLAGS,
          port: chrome.port,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (result.lhr.runtimeError)
          throw new Error(`${path}: ${result.lhr.runtimeError.message}`);
        runs.push(figuresOf(result.lhr));
        if (meetsBars(runs.at(-1)!)) break;
      }
      const best = runs.find(meetsBars) ?? runs.at(-1)!;
      const s = best.scores;
      table.push(
        `${path.padEnd(34)} ${[s.performance, s.accessibility, s["best-practices"], s.seo]
          .map((n) => String(n).padStart(4))
          .join("")} ${(best.lcpMs / 1000).toFixed(2).padStart(6)} s ${best.cls
          .toFixed(3)
          .padStart(
            5,
          )} ${best.tbtMs.toFixed(0).padStart(4)} ms ${String(runs.length).padStart(3)}   ${best.benchmarkIndex.toFixed(0)}`,
      );
      // On failure, show every run so noise and real regressions can be told apart.
      const report = runs.map(
        (run, i) =>
          `run ${i + 1}: ${JSON.stringify(run.scores)} LCP ${run.lcpMs.toFixed(0)} ms, CLS ${run.cls}, TBT ${run.tbtMs.toFixed(0)} ms, CPU index ${run.benchmarkIndex}; ${run.failing.join("; ")}`,
      );
      expect(meetsBars(best), report.join("\n")).toBe(true);
      expect(best.scores.accessibility).toBe(100);
      expect(best.scores["best-practices"]).toBe(100);
      expect(best.scores.seo).toBe(100);
      expect(best.scores.performance).toBeGreaterThanOrEqual(BARS.performance);
      expect(best.lcpMs).toBeLessThanOrEqual(BARS.lcpMs);
      expect(best.cls).toBe(0);
      expect(best.tbtMs).toBe(0);
    },
    ATTEMPTS * 45_000,
  );
});
