// `npm run bench:speed`: Lighthouse on one page of each kind and the typing
// latency of each tool, against the bars, on the built site served as a static
// host serves it. Prints one table, writes it to bench-results/speed.md and
// fails (exit code 1) when any bar is missed.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { startServer } from "../serve.mjs";
import type { LatencyFigures } from "./bars";
import { measureLatency } from "./latency";
import { auditPages } from "./lighthouse";
import { latencyTargets, PAGE_KINDS } from "./plan";
import {
  allMet,
  speedTable,
  tableAsMarkdown,
  tableAsText,
  type PageResult,
} from "./table";

const DIST = "dist";
const RESULTS = join("bench-results", "speed.md");

/** Progress goes to stderr, so the table alone is on stdout. */
const log = (line: string) => process.stderr.write(`${line}\n`);

const attemptLine = (tool: string, n: number, f: LatencyFigures) =>
  `Latency, ${tool} attempt ${n}: CPU index ${f.benchmarkIndex.toFixed(0)}, slowed ` +
  `${f.cpuSlowdown.toFixed(1)}×, ${f.keys} keys: median ${f.medianMs.toFixed(1)} ms, ` +
  `worst ${f.worstMs.toFixed(1)} ms from the input event (${f.fromKeyMedianMs.toFixed(1)} ` +
  `and ${f.fromKeyWorstMs.toFixed(1)} ms from the key press)`;

/** Runs the benchmark; resolves to the process's exit code. */
export async function benchSpeed(): Promise<number> {
  const missing = PAGE_KINDS.filter(
    ({ path }) => !existsSync(join(DIST, path, "index.html")),
  );
  if (missing.length > 0) {
    log(
      `No built page for ${missing.map(({ path }) => path).join(", ")}: ` +
        "run npm run build first (npm run bench:speed does), or update PAGE_KINDS in scripts/speed/plan.ts",
    );
    return 1;
  }
  const server = await startServer({ root: DIST, port: 0 });
  try {
    const started = new Date();
    const targets = latencyTargets();
    const lighthouse = await auditPages(server.url, PAGE_KINDS, log);
    const latency = await measureLatency(server.url, targets, log);
    const results: PageResult[] = PAGE_KINDS.map(({ kind, path, tool }) => ({
      kind,
      path,
      lighthouse: lighthouse.runs.get(path) ?? [],
      lighthouseErrors: lighthouse.errors.get(path) ?? [],
      ...(tool === undefined
        ? {}
        : {
            latency: {
              attempts: latency.attempts.get(path) ?? [],
              errors: latency.errors.get(path) ?? [],
            },
          }),
    }));
    const table = speedTable(results);
    const cores = cpus();
    const machine =
      `${started.toISOString().slice(0, 16).replace("T", " ")} UTC, ` +
      `${cores.length} × ${cores[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}, ` +
      (lighthouse.versions || "Lighthouse gave no run");
    const notes = [
      lighthouse.calibration,
      ...targets.flatMap(({ tool, path }) =>
        (latency.attempts.get(path) ?? []).map((figures, i) =>
          attemptLine(tool, i + 1, figures),
        ),
      ),
    ].filter((line) => line !== "");
    const verdict = allMet(table)
      ? ["Every bar met."]
      : ["MISSED:", ...table.misses.map((miss) => `- ${miss}`)];

    console.log(
      [
        `npm run bench:speed, ${machine}`,
        "",
        tableAsText(table),
        "",
        ...notes,
        "",
        ...verdict,
      ].join("\n"),
    );
    mkdirSync("bench-results", { recursive: true });
    writeFileSync(
      RESULTS,
      [
        "# Speed benchmark",
        "",
        `\`npm run bench:speed\`, ${machine}.`,
        "",
        tableAsMarkdown(table),
        "",
        ...notes.map((line) => `- ${line}`),
        "",
        ...verdict,
        "",
      ].join("\n"),
    );
    log(`Written to ${RESULTS}`);
    return allMet(table) ? 0 : 1;
  } finally {
    await server.close();
  }
}
