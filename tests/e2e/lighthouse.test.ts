// Lighthouse on one page of each kind (speed-pages.ts), with its mobile
// defaults: a low-end phone's screen, 4× CPU and a slow 4G network, simulated
// from one unthrottled load. One Chromium serves every page, one page at a
// time: a pass over all of them takes about a minute on two cores.
//
// Lighthouse's timings come from one real page load, so a burst of CPU from
// anything else on the machine can make a fast page look slow for one run.
// Pages are therefore measured in rounds: a page that missed a bar is measured
// again after all the others, up to ATTEMPTS times and while the time budget
// lasts, and passes when one run meets every bar. Work the site really does
// shows up in every run; a neighbour's burst seldom hits the same page twice.
// The CPU slowdown is calibrated once per pass from the benchmark indexes of
// the first round's runs, and lowered for a run whose own index is lower; each
// run's index is printed beside it, so a busy machine is easy to tell from a
// slow page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl } from "./browser";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { cpuSlowdownFor } from "./cpu-slowdown";
import {
  barsFor as strictBarsFor,
  CI_TBT_ALLOWANCE_MS,
  KNOWN_GAPS,
  PAGE_KINDS,
  type LighthouseBars,
} from "./speed-pages";
import { median } from "./median";

const ATTEMPTS = 3;
/** The lighthouse-ci project (npm test) allows for this machine's TBT noise. */
const TBT_ALLOWANCE_MS =
  process.env["HANDOFF_LIGHTHOUSE_CI"] === "1" ? CI_TBT_ALLOWANCE_MS : 0;
const barsFor = (path: string) => strictBarsFor(path, TBT_ALLOWANCE_MS);
/** No new round starts after this, so a busy machine cannot stretch the run. */
const BUDGET_MS = 110_000;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** What one run measured on one page. */
interface Figures {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  benchmarkIndex: number;
  /** The CPU slowdown the run was simulated with: the pass's, or less for a slower run. */
  cpuSlowdown: number;
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
    cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    failing,
  };
}

/**
 * TBT is compared as Lighthouse reports it, to the nearest 10 ms ("0 ms" is
 * anything under 5); the other figures are compared exactly.
 */
const reportedTbt = (ms: number) => Math.round(ms / 10) * 10;

const meets = (f: Figures, bars: LighthouseBars) =>
  f.scores.performance >= bars.performance &&
  f.scores.accessibility >= bars.accessibility &&
  f.scores["best-practices"] >= bars["best-practices"] &&
  f.scores.seo >= bars.seo &&
  f.lcpMs <= bars.lcpMs &&
  f.cls <= bars.cls &&
  reportedTbt(f.tbtMs) <= bars.tbtMs;

const FLAGS: Flags = {
  output: "json",
  logLevel: "error",
  onlyCategories: [...CATEGORIES],
  // Neither is scored: the full-page screenshot is for the HTML report, and
  // the back/forward-cache check navigates away and back again.
  disableFullPageScreenshot: true,
  skipAudits: ["bf-cache"],
};

/** One page load, recorded by Lighthouse (gather mode) and not yet scored. */
interface Gathered {
  dir: string;
  benchmarkIndex: number;
}

/** Loads the page and saves what Lighthouse recorded, with the run's benchmark index. */
async function gather(url: string, port: number): Promise<Gathered> {
  const dir = mkdtempSync(join(tmpdir(), "handoff-lighthouse-"));
  await lighthouse(url, { ...FLAGS, port, gatherMode: dir });
  const artifacts = JSON.parse(readFileSync(join(dir, "artifacts.json"), "utf8"));
  return { dir, benchmarkIndex: Number(artifacts.BenchmarkIndex) };
}

/**
 * Simulates and scores a recorded load with the CPU slowdown given. Lighthouse
 * applies the slowdown only in its simulation, after the page has loaded
 * unthrottled, so it is set in the saved settings here; nothing recorded is
 * changed. The recording is deleted afterwards.
 */
async function score(
  url: string,
  { dir }: Gathered,
  cpuSlowdownMultiplier: number,
): Promise<Result | string> {
  try {
    const file = join(dir, "artifacts.json");
    const artifacts = JSON.parse(readFileSync(file, "utf8"));
    artifacts.settings.throttling.cpuSlowdownMultiplier = cpuSlowdownMultiplier;
    writeFileSync(file, JSON.stringify(artifacts));
    const result = await lighthouse(url, {
      ...FLAGS,
      auditMode: dir,
      throttling: { cpuSlowdownMultiplier },
    });
    return result?.lhr ?? "no result";
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const row = (path: string, runs: Figures[], best: Figures) => {
  const s = best.scores;
  const scores = [s.performance, s.accessibility, s["best-practices"], s.seo]
    .map((n) => String(n).padStart(5))
    .join("");
  return [
    path.padEnd(32),
    scores,
    `${(best.lcpMs / 1000).toFixed(2)} s`.padStart(9),
    best.cls.toFixed(3).padStart(6),
    `${reportedTbt(best.tbtMs)} ms`.padStart(7),
    String(runs.length).padStart(5),
    best.benchmarkIndex.toFixed(0).padStart(6),
    `${best.cpuSlowdown.toFixed(1)}×`.padStart(6),
  ].join("");
};

describe("Lighthouse (mobile) on one page of each kind", () => {
  const runs = new Map<string, Figures[]>(PAGE_KINDS.map(({ path }) => [path, []]));
  /** How the pass's CPU slowdown was calibrated, printed with the figures. */
  let calibration = "";
  /** Runs Lighthouse could not complete, shown when a page has no run at all. */
  const failures: string[] = [];
  const best = (path: string) => {
    const all = runs.get(path) ?? [];
    return all.find((run) => meets(run, barsFor(path))) ?? all.at(-1);
  };

  beforeAll(async () => {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: ["--headless", ...CHROMIUM_ARGS],
      logLevel: "silent",
    });
    const started = Date.now();
    const url = (path: string) => `${baseUrl()}${path}`;
    /** Recordings of the first round not scored yet. */
    const first = new Map<string, Gathered>();
    try {
      // The first round loads every page before scoring any: the CPU slowdown
      // is calibrated from the median of those runs' own benchmark indexes,
      // measured by Lighthouse in this browser. One run's index swings by half
      // either way on a busy two-core host (950 to 1,900 within a minute), and
      // the calculator the docs link to is meant for the machine, not the run.
      for (const { path } of PAGE_KINDS)
        first.set(path, await gather(url(path), chrome.port));
      const index = median([...first.values()].map((run) => run.benchmarkIndex));
      const slowdown = cpuSlowdownFor(index);
      if (slowdown === undefined) {
        for (const run of first.values())
          rmSync(run.dir, { recursive: true, force: true });
        failures.push(
          `benchmark index ${index}: this machine is too slow to stand for a phone`,
        );
        return;
      }
      calibration =
        `CPU slowed at most ${slowdown.toFixed(2)}× in the pass (less for a run whose own index is lower): the median benchmark index ` +
        `of the first round's runs is ${index.toFixed(0)}`;
      for (let round = 0; round < ATTEMPTS; round++) {
        if (round > 0 && Date.now() - started > BUDGET_MS) break;
        for (const { path } of PAGE_KINDS) {
          const done = runs.get(path)!;
          if (done.some((run) => meets(run, barsFor(path)))) continue;
          const recorded = first.get(path) ?? (await gather(url(path), chrome.port));
          first.delete(path);
          // A run recorded while the host was slower than the pass's median
          // (its own index lower) already ran its tasks slower: it is slowed
          // only as much as its own index calls for. A run whose index is
          // higher keeps the pass's slowdown, since one index can swing high.
          const own = cpuSlowdownFor(recorded.benchmarkIndex) ?? slowdown;
          const lhr = await score(url(path), recorded, Math.min(slowdown, own));
          // Lighthouse sometimes fails to record a trace (NO_NAVSTART and the
          // like): that says nothing about the page, so it counts as a missed
          // run and the page is audited again in the next round.
          if (typeof lhr === "string" || lhr.runtimeError) {
            failures.push(
              `${path}: ${typeof lhr === "string" ? lhr : lhr.runtimeError!.message}`,
            );
            continue;
          }
          done.push(figuresOf(lhr));
        }
      }
    } finally {
      for (const run of first.values()) rmSync(run.dir, { recursive: true, force: true });
      chrome.kill();
    }
  }, ATTEMPTS * 120_000);

  afterAll(() => {
    const lines = PAGE_KINDS.flatMap(({ path }) => {
      const found = best(path);
      return found ? [row(path, runs.get(path)!, found)] : [];
    });
    if (lines.length === 0) return;
    console.log(
      [
        calibration,
        ...(TBT_ALLOWANCE_MS > 0
          ? [
              `TBT ALLOWANCE (npm test): at most ${TBT_ALLOWANCE_MS} ms on any page, for ` +
                "Chromium's own tasks on this host; npm run test:lighthouse holds the bars.",
            ]
          : []),
        "page                             perf a11y   bp  seo      LCP   CLS    TBT runs index   CPU",
        ...lines,
        ...Object.entries(KNOWN_GAPS).map(
          ([path, gap]) =>
            `KNOWN GAP ${path}, held to ${JSON.stringify(barsFor(path))}: ${gap.why}`,
        ),
      ].join("\n"),
    );
  });

  it.each(PAGE_KINDS)("$kind ($path) meets every bar", ({ path }) => {
    const all = runs.get(path)!;
    expect(all.length, failures.join("\n")).toBeGreaterThan(0);
    // On failure, every run is shown, so noise and a real regression can be told apart.
    const report = all.map(
      (run, i) =>
        `run ${i + 1}: ${JSON.stringify(run.scores)} LCP ${run.lcpMs.toFixed(0)} ms, ` +
        `CLS ${run.cls}, TBT ${run.tbtMs.toFixed(0)} ms, CPU index ${run.benchmarkIndex} ` +
        `(slowed ${run.cpuSlowdown.toFixed(2)}×); ` +
        run.failing.join("; "),
    );
    expect(meets(best(path)!, barsFor(path)), report.join("\n")).toBe(true);
  });
});
