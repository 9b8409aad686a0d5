// Interaction latency: typing into each tool with the CPU slowed 4× (a
// low-end phone on the reference machine), measured in the page from the
// input event to the result's DOM changing, whatever happens in between
// (store, derived stores, any deferred re-render). The time from the key
// press reaching the page is measured too; it adds the browser's own editing
// work.
import { chromium, type Browser, type Page } from "playwright-core";
import { pageFunctions } from "lighthouse/core/lib/page-functions.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";
import { latencyMisses, type LatencyFigures } from "./bars";
import { median } from "./median";
import { latencyUrl, type LatencyTarget } from "./plan";

/**
 * The CPU slowdown the bars are set at, on a machine whose Lighthouse
 * benchmark index is REFERENCE_INDEX (the project's two-core machine when
 * quiet). A machine's speed swings from minute to minute where others share
 * its cores, so each attempt measures the index first and scales the slowdown
 * with it: a machine running at 70% of that speed is slowed 2.8×, not 4×, and
 * the typing always meets the same slow phone. A faster machine is slowed more.
 */
const RATE = 4;
const REFERENCE_INDEX = 1000;
/** Benchmark readings per attempt, odd so that one is the median. */
const INDEX_READINGS = 3;
/**
 * Attempts per tool: one garbage collection or a neighbour's burst of CPU can
 * push a single key past the worst bar, while a slow tool is slow in every
 * attempt. A tool that misses is measured once more.
 */
const ATTEMPTS = 2;
/** Time between key presses: a brisk typist, about 120 words a minute. */
const TYPING_GAP_MS = 100;

declare global {
  interface Window {
    __latency?: { samples: number[]; fromKey: number[]; missed: number };
  }
}

/** Installs the in-page recorder: input event time in, DOM change time out. */
async function record(page: Page, target: LatencyTarget) {
  await page.evaluate(
    ({ field, result }) => {
      const watched = document.querySelector(result);
      if (!watched) throw new Error(`no result element ${result}`);
      const state = { samples: [] as number[], fromKey: [] as number[], missed: 0 };
      window.__latency = state;
      let key: number | null = null;
      let pending: number | null = null;
      const ours = (event: Event) => (event.target as Element).matches(field);
      document.addEventListener(
        "keydown",
        (event) => {
          if (ours(event)) key = event.timeStamp;
        },
        true,
      );
      // Capture phase on the document: the clock starts before the tool's own handler runs.
      document.addEventListener(
        "input",
        (event) => {
          if (!ours(event)) return;
          if (pending !== null) state.missed += 1;
          pending = event.timeStamp;
        },
        true,
      );
      new MutationObserver(() => {
        if (pending === null) return;
        const now = performance.now();
        state.samples.push(now - pending);
        state.fromKey.push(now - (key ?? pending));
        pending = null;
      }).observe(watched, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    },
    { field: target.field, result: target.result },
  );
}

/** Loads the tool, types its keys with the CPU slowed and returns what was recorded. */
async function attempt(
  browser: Browser,
  baseUrl: string,
  target: LatencyTarget,
): Promise<LatencyFigures> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const page = await context.newPage();
    await page.goto(latencyUrl(target));
    await page.waitForSelector("astro-island:not([ssr])");
    await page.waitForSelector(target.result);
    await page.waitForLoadState("networkidle");
    // The median of three readings (about a second each): one reading can be
    // far off either way, and a high one once slowed a quick tool 6×.
    const readings: number[] = [];
    for (let reading = 0; reading < INDEX_READINGS; reading++)
      readings.push(
        Number(
          await page.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`),
        ),
      );
    const index = median(readings);
    // Within half to one and a half times RATE, whatever the readings say.
    const rate = Math.min(1.5, Math.max(0.5, index / REFERENCE_INDEX)) * RATE;
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await page.focus(target.field);
    if (target.caretKey) await page.keyboard.press(target.caretKey);
    await page.waitForTimeout(TYPING_GAP_MS);
    await record(page, target);
    for (const [pressed, key] of target.keys.entries()) {
      await page.keyboard.press(key);
      await page.waitForFunction(
        (count) => (window.__latency?.samples.length ?? 0) >= count,
        pressed + 1,
        { polling: 10, timeout: 10_000 },
      );
      await page.waitForTimeout(TYPING_GAP_MS);
    }
    const { samples, fromKey, missed } = await page.evaluate(() => window.__latency!);
    if (missed > 0 || samples.length !== target.keys.length)
      throw new Error(
        `${target.tool}: ${samples.length} of ${target.keys.length} keys changed ${target.result}` +
          (missed > 0 ? `, ${missed} input events overlapped` : ""),
      );
    return {
      medianMs: median(samples),
      worstMs: Math.max(...samples),
      fromKeyMedianMs: median(fromKey),
      fromKeyWorstMs: Math.max(...fromKey),
      keys: samples.length,
      benchmarkIndex: index,
      cpuSlowdown: rate,
    };
  } finally {
    await context.close();
  }
}

/** Every tool's attempts and errors, keyed by the tool's page. */
export interface LatencyPass {
  readonly attempts: ReadonlyMap<string, LatencyFigures[]>;
  readonly errors: ReadonlyMap<string, string[]>;
}

/** Types into every tool at `baseUrl`, a second time for a tool that missed a bar. */
export async function measureLatency(
  baseUrl: string,
  targets: readonly LatencyTarget[],
  log: (line: string) => void,
): Promise<LatencyPass> {
  const attempts = new Map(targets.map(({ path }) => [path, [] as LatencyFigures[]]));
  const errors = new Map(targets.map(({ path }) => [path, [] as string[]]));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const target of targets) {
      const done = attempts.get(target.path)!;
      for (let n = 1; n <= ATTEMPTS; n++) {
        if (done.some((figures) => latencyMisses(figures).length === 0)) break;
        log(`Latency: typing into ${target.tool} (${target.field}), attempt ${n}`);
        try {
          done.push(await attempt(browser, baseUrl, target));
        } catch (error) {
          errors.get(target.path)!.push(String(error));
        }
      }
    }
  } finally {
    await browser.close();
  }
  return { attempts, errors };
}
