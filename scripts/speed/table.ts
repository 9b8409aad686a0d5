// The one table `npm run bench:speed` prints and writes: each page's
// Lighthouse figures and, on a tool's row, its typing latency, under a row of
// the bars. A figure that misses its bar is marked ✗ and listed below.
import {
  bestOf,
  CATEGORIES,
  LATENCY_BARS,
  latencyMisses,
  LIGHTHOUSE_BARS,
  lighthouseMisses,
  reportedTbt,
  type LatencyFigures,
  type LighthouseFigures,
  type Measure,
} from "./bars";

/** Everything measured on one page: every Lighthouse run, and every latency attempt on a tool's page. */
export interface PageResult {
  readonly kind: string;
  readonly path: string;
  readonly lighthouse: readonly LighthouseFigures[];
  /** Why runs failed to produce figures (a trace Lighthouse could not record…). */
  readonly lighthouseErrors: readonly string[];
  /** Only on a tool's page. */
  readonly latency?: {
    readonly attempts: readonly LatencyFigures[];
    readonly errors: readonly string[];
  };
}

/** The table, cell by cell, and a line for every bar missed. */
export interface SpeedTable {
  readonly header: readonly string[];
  readonly bars: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly misses: readonly string[];
}

const MISS = " ✗";
/** Where a row has nothing to show: a page without a tool has no typing latency. */
const NONE = "–";

const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
/** CLS with as many digits as it takes to show that it is not 0. */
const shift = (value: number) => String(Number(value.toPrecision(2)));

const SCORE_HEADERS: Record<(typeof CATEGORIES)[number], string> = {
  performance: "perf",
  accessibility: "a11y",
  "best-practices": "bp",
  seo: "SEO",
};

/** Builds the table from what was measured. */
export function speedTable(results: readonly PageResult[]): SpeedTable {
  const misses: string[] = [];
  const rows = results.map((result) => {
    const name = `${result.kind} (${result.path})`;
    const missed = new Set<Measure>();
    const lighthouse = bestOf(result.lighthouse, lighthouseMisses);
    const cell = (measure: Measure, text: string) =>
      missed.has(measure) ? text + MISS : text;

    let lighthouseCells: string[];
    if (lighthouse === undefined) {
      lighthouseCells = Array.from({ length: 7 }, () => "no run" + MISS);
      misses.push(
        `${name}: Lighthouse gave no figures. ${result.lighthouseErrors.join("; ")}`,
      );
    } else {
      for (const measure of lighthouseMisses(lighthouse)) missed.add(measure);
      lighthouseCells = [
        ...CATEGORIES.map((category) =>
          cell(category, String(lighthouse.scores[category])),
        ),
        cell("lcp", seconds(lighthouse.lcpMs)),
        cell("cls", shift(lighthouse.cls)),
        cell("tbt", `${reportedTbt(lighthouse.tbtMs)} ms`),
      ];
      if (missed.size > 0)
        misses.push(
          `${name}: ${[...missed].join(", ")} in each of ${result.lighthouse.length} ` +
            `Lighthouse run(s); the best lost points on ${lighthouse.failing.join("; ") || "no scored audit"}`,
        );
    }

    let latencyCells = [NONE, NONE];
    /** A page with something it could not measure never counts as met. */
    let unmeasured = lighthouse === undefined;
    if (result.latency) {
      const typing = bestOf(result.latency.attempts, latencyMisses);
      if (typing === undefined) {
        unmeasured = true;
        latencyCells = ["no run" + MISS, "no run" + MISS];
        misses.push(
          `${name}: the latency run gave no figures. ${result.latency.errors.join("; ")}`,
        );
      } else {
        const typingMissed = latencyMisses(typing);
        for (const measure of typingMissed) missed.add(measure);
        latencyCells = [
          cell("latency median", ms(typing.medianMs)),
          cell("latency worst", ms(typing.worstMs)),
        ];
        if (typingMissed.length > 0)
          misses.push(
            `${name}: ${typingMissed.join(", ")} in each of ${result.latency.attempts.length} latency attempt(s)`,
          );
      }
    }

    const runs = [
      String(result.lighthouse.length),
      result.latency ? String(result.latency.attempts.length) : NONE,
    ];
    const met = !unmeasured && missed.size === 0;
    return [
      result.kind,
      result.path,
      ...lighthouseCells,
      ...latencyCells,
      ...runs,
      met ? "met" : "MISSED",
    ];
  });
  return {
    header: [
      "page",
      "path",
      ...CATEGORIES.map((category) => SCORE_HEADERS[category]),
      "LCP",
      "CLS",
      "TBT",
      "key median",
      "key worst",
      "LH runs",
      "key runs",
      "bars",
    ],
    bars: [
      "bar",
      "",
      ...CATEGORIES.map((category) =>
        category === "performance"
          ? `≥ ${LIGHTHOUSE_BARS.performance}`
          : String(LIGHTHOUSE_BARS[category]),
      ),
      `≤ ${seconds(LIGHTHOUSE_BARS.lcpMs)}`,
      String(LIGHTHOUSE_BARS.cls),
      `≤ ${LIGHTHOUSE_BARS.tbtMs} ms`,
      `≤ ${LATENCY_BARS.medianMs} ms`,
      `≤ ${LATENCY_BARS.worstMs} ms`,
      "",
      "",
      "",
    ],
    rows,
    misses,
  };
}

/** Whether every page and tool met every bar. */
export const allMet = (table: SpeedTable): boolean => table.misses.length === 0;

/** Columns that hold names read left to right; figures line up on the right. */
const LEFT = new Set(["page", "path", "bars"]);

/** The table as plain text, columns padded, for a terminal. */
export function tableAsText(table: SpeedTable): string {
  const lines = [table.header, table.bars, ...table.rows];
  const widths = table.header.map((_, column) =>
    Math.max(...lines.map((line) => [...(line[column] ?? "")].length)),
  );
  const pad = (text: string, column: number) => {
    const gap = " ".repeat(widths[column]! - [...text].length);
    return LEFT.has(table.header[column]!) ? text + gap : gap + text;
  };
  return lines.map((line) => line.map(pad).join("  ").trimEnd()).join("\n");
}

/** The table in Markdown, paths as code, ready to quote in docs/performance.md. */
export function tableAsMarkdown(table: SpeedTable): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const code = (row: readonly string[]) =>
    row.map((text, column) => (column === 1 && text !== "" ? `\`${text}\`` : text));
  return [
    line(table.header),
    line(table.header.map((name) => (LEFT.has(name) ? "---" : "---:"))),
    line(table.bars.map((text) => (text === "" ? text : `**${text}**`))),
    ...table.rows.map((row) => line(code(row))),
  ].join("\n");
}
