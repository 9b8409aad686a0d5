// Lighthouse with its mobile defaults (a low-end phone's screen, slow 4G and a
// slowed CPU, simulated from one unthrottled load) on each page, one page at a
// time in one Chromium.
//
// Lighthouse's timings come from one real page load, so a burst of CPU from
// anything else on the machine can make a fast page look slow for one run.
// Pages are therefore measured in rounds: a page that missed a bar is measured
// again after all the others, up to ATTEMPTS times while the time budget
// lasts. Work the site really does shows up in every run; a neighbour's burst
// seldom hits the same page twice.
//
// The CPU slowdown is calibrated once per pass from the benchmark indexes of
// the first round's runs (cpu-slowdown.ts), and lowered for a run whose own
// index is lower; each run's index is reported beside it, so a busy machine
// is easy to tell from a slow page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";
import { CATEGORIES, lighthouseMisses, type LighthouseFigures } from "./bars";
import { cpuSlowdownFor } from "./cpu-slowdown";
import { median } from "./median";
import type { PageKind } from "./plan";

/** Runs per page at most: the first, and two more for a page that missed a bar. */
const ATTEMPTS = 3;
/** No new round starts after this, so a busy machine cannot stretch the run. */
const BUDGET_MS = 180_000;

const FLAGS: Flags = {
  output: "json",
  logLevel: "error",
  onlyCategories: [...CATEGORIES],
  // Neither is scored: the full-page screenshot is for the HTML report, and
  // the back/forward-cache check navigates away and back again.
  disableFullPageScreenshot: true,
  skipAudits: ["bf-cache"],
};

function figuresOf(lhr: Result): LighthouseFigures {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<(typeof CATEGORIES)[number], number>;
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

/** Every page's runs and errors, how the pass was calibrated, and the versions measured with. */
export interface LighthousePass {
  readonly runs: ReadonlyMap<string, LighthouseFigures[]>;
  readonly errors: ReadonlyMap<string, string[]>;
  readonly calibration: string;
  readonly versions: string;
}

/** Audits every page at `baseUrl`, in rounds, and returns every run. */
export async function auditPages(
  baseUrl: string,
  pages: readonly PageKind[],
  log: (line: string) => void,
): Promise<LighthousePass> {
  const runs = new Map(pages.map(({ path }) => [path, [] as LighthouseFigures[]]));
  const errors = new Map(pages.map(({ path }) => [path, [] as string[]]));
  let calibration = "";
  let versions = "";
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless", ...CHROMIUM_ARGS],
    logLevel: "silent",
  });
  const started = Date.now();
  const url = (path: string) => `${baseUrl}${path}`;
  /** Recordings of the first round not scored yet. */
  const first = new Map<string, Gathered>();
  try {
    // The first round loads every page before scoring any: the CPU slowdown
    // is calibrated from the median of those runs' own benchmark indexes,
    // measured by Lighthouse in this browser. One run's index swings by half
    // either way on a busy two-core host, and the calculator the docs link to
    // is meant for the machine, not the run.
    for (const { path } of pages) {
      log(`Lighthouse: loading ${path}`);
      first.set(path, await gather(url(path), chrome.port));
    }
    const index = median([...first.values()].map((run) => run.benchmarkIndex));
    const slowdown = cpuSlowdownFor(index);
    if (slowdown === undefined) {
      for (const path of first.keys())
        errors.get(path)!.push(`benchmark index ${index}: too slow to stand for a phone`);
      return { runs, errors, calibration: "", versions: "" };
    }
    calibration =
      `Lighthouse: CPU slowed ${slowdown.toFixed(2)}× (less for a run whose own index is lower), ` +
      `from the median benchmark index of the first round's runs, ${index.toFixed(0)}`;
    for (let round = 0; round < ATTEMPTS; round++) {
      if (round > 0 && Date.now() - started > BUDGET_MS) break;
      for (const { path } of pages) {
        const done = runs.get(path)!;
        if (done.some((run) => lighthouseMisses(run).length === 0)) continue;
        if (round > 0) log(`Lighthouse: ${path} missed a bar; run ${round + 1}`);
        const recorded = first.get(path) ?? (await gather(url(path), chrome.port));
        first.delete(path);
        // A run recorded while the host was slower than the pass's median (its
        // own index lower) already ran its tasks slower: it is slowed only as
        // much as its own index calls for. A run whose index is higher keeps
        // the pass's slowdown, since one index can swing high.
        const own = cpuSlowdownFor(recorded.benchmarkIndex) ?? slowdown;
        const lhr = await score(url(path), recorded, Math.min(slowdown, own));
        // Lighthouse sometimes fails to record a trace (NO_NAVSTART and the
        // like): that says nothing about the page, so it counts as a missed
        // run and the page is audited again in the next round.
        if (typeof lhr === "string" || lhr.runtimeError) {
          errors
            .get(path)!
            .push(typeof lhr === "string" ? lhr : lhr.runtimeError!.message);
          continue;
        }
        versions ||= `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? "Chromium"}`;
        done.push(figuresOf(lhr));
      }
    }
  } finally {
    for (const run of first.values()) rmSync(run.dir, { recursive: true, force: true });
    chrome.kill();
  }
  return { runs, errors, calibration, versions };
}
