// The table npm run bench:speed prints: figures against the bars, misses
// marked and listed, so the command fails exactly when a bar is missed.
import { describe, expect, it } from "vitest";
import type { LatencyFigures, LighthouseFigures } from "../../../scripts/speed/bars";
import {
  allMet,
  speedTable,
  tableAsMarkdown,
  tableAsText,
  type PageResult,
} from "../../../scripts/speed/table";

const run = (over: Partial<LighthouseFigures> = {}): LighthouseFigures => ({
  scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 },
  lcpMs: 720,
  cls: 0,
  tbtMs: 0,
  benchmarkIndex: 1000,
  cpuSlowdown: 2.4,
  failing: [],
  ...over,
});

const typing = (over: Partial<LatencyFigures> = {}): LatencyFigures => ({
  medianMs: 7.2,
  worstMs: 21,
  fromKeyMedianMs: 18,
  fromKeyWorstMs: 40,
  keys: 30,
  benchmarkIndex: 1000,
  cpuSlowdown: 4,
  ...over,
});

const page = (lighthouse: LighthouseFigures[]): PageResult => ({
  kind: "home",
  path: "/",
  lighthouse,
  lighthouseErrors: [],
});

const tool = (attempts: LatencyFigures[], lighthouse = [run()]): PageResult => ({
  kind: "tool: scorecard",
  path: "/tools/scorecard/",
  lighthouse,
  lighthouseErrors: [],
  latency: { attempts, errors: [] },
});

/** The cells of the only row, by column name. */
const cells = (result: PageResult) => {
  const table = speedTable([result]);
  return Object.fromEntries(table.header.map((name, i) => [name, table.rows[0]![i]]));
};

describe("speedTable", () => {
  it("shows a page that meets every bar as met, with nothing to list", () => {
    const table = speedTable([page([run()]), tool([typing()])]);
    expect(allMet(table)).toBe(true);
    expect(table.misses).toEqual([]);
    expect(table.rows.map((row) => row.at(-1))).toEqual(["met", "met"]);
    expect(cells(page([run()]))).toMatchObject({
      perf: "100",
      LCP: "0.72 s",
      CLS: "0",
      TBT: "0 ms",
      "key median": "–",
    });
  });

  it.each([
    ["perf", { scores: { ...run().scores, performance: 97 } }, "97 ✗"],
    ["a11y", { scores: { ...run().scores, accessibility: 98 } }, "98 ✗"],
    ["LCP", { lcpMs: 1010 }, "1.01 s ✗"],
    ["CLS", { cls: 0.0012 }, "0.0012 ✗"],
    ["TBT", { tbtMs: 106 }, "110 ms ✗"],
  ] as const)("marks a %s that misses its bar, and fails", (column, over, shown) => {
    const result = page([run(over)]);
    expect(cells(result)[column]).toBe(shown);
    expect(cells(result)["bars"]).toBe("MISSED");
    const table = speedTable([result]);
    expect(allMet(table)).toBe(false);
    expect(table.misses).toHaveLength(1);
    expect(table.misses[0]).toMatch(/^home \(\/\): /);
  });

  it("holds TBT to the figure Lighthouse reports, to the nearest 10 ms", () => {
    expect(cells(page([run({ tbtMs: 104 })]))["TBT"]).toBe("100 ms");
    expect(allMet(speedTable([page([run({ tbtMs: 104 })])]))).toBe(true);
  });

  it("marks typing latency over 16 ms median or 50 ms worst", () => {
    expect(cells(tool([typing({ medianMs: 16.4 })]))["key median"]).toBe("16.4 ms ✗");
    expect(cells(tool([typing({ worstMs: 50.2 })]))["key worst"]).toBe("50.2 ms ✗");
    expect(cells(tool([typing({ medianMs: 16, worstMs: 50 })]))["bars"]).toBe("met");
    expect(speedTable([tool([typing({ worstMs: 60 })])]).misses[0]).toMatch(
      /latency worst in each of 1 latency attempt/,
    );
  });

  it("counts a page as met when a later run meets every bar, and shows that run", () => {
    const result = tool(
      [typing({ worstMs: 70 }), typing({ worstMs: 22 })],
      [run({ tbtMs: 180 }), run({ tbtMs: 30 })],
    );
    expect(cells(result)).toMatchObject({
      TBT: "30 ms",
      "key worst": "22.0 ms",
      "LH runs": "2",
      "key runs": "2",
      bars: "met",
    });
  });

  it("fails a page that has no figures at all, and says why", () => {
    const result = { ...page([]), lighthouseErrors: ["NO_NAVSTART"] };
    expect(cells(result)["perf"]).toBe("no run ✗");
    const table = speedTable([result]);
    expect(allMet(table)).toBe(false);
    expect(table.misses[0]).toContain("NO_NAVSTART");
    const silent = speedTable([tool([])]);
    expect(allMet(silent)).toBe(false);
  });

  it("prints one line per page under the header and the bars, as text and as Markdown", () => {
    const table = speedTable([page([run()]), tool([typing({ medianMs: 30 })])]);
    const text = tableAsText(table).split("\n");
    expect(text).toHaveLength(4);
    expect(text[0]).toMatch(/^page\s+path\s+perf\s+a11y/);
    expect(text[1]).toMatch(/^bar\s+≥ 98\s+100/);
    expect(text[3]).toMatch(/30\.0 ms ✗.*MISSED$/);
    const markdown = tableAsMarkdown(table).split("\n");
    expect(markdown).toHaveLength(5);
    expect(markdown[1]).toMatch(/^\| --- \| --- \| ---: \|/);
    expect(markdown[2]).toContain("**≤ 100 ms**");
    expect(markdown[4]).toContain("| `/tools/scorecard/` |");
  });
});
