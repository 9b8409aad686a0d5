// npm test asserts no timing: a test that sleeps, or measures a duration,
// passes or fails with how busy the machine is. Speed is measured by
// npm run bench:speed instead (docs/performance.md).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = "tests";
const SELF = join(ROOT, "unit", "no-timing.test.ts");

/** Every TypeScript file under tests/, this one excepted. */
function testSources(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testSources(path);
    return /\.tsx?$/.test(entry.name) && path !== SELF ? [path] : [];
  });
}

/** What a test must not do, and what to do instead. */
const FORBIDDEN: readonly (readonly [RegExp, string])[] = [
  [/\bwaitForTimeout\s*\(/, "wait for an element, an event or a state instead of a time"],
  [
    /setTimeout\([^()]*(?:\([^()]*\)[^()]*)*,\s*[1-9]/,
    "wait for an event or a DOM state (a next task, setTimeout(…, 0), is fine)",
  ],
  [/\bperformance\.now\s*\(|\bDate\.now\s*\(/, "measure speed in npm run bench:speed"],
  [
    /unit:\s*"binary"/,
    "use anyText() from tests/unit/support/any-text.ts: fast-check's binary unit " +
      "spends 0.6 s or more building a table the first time",
  ],
];

describe("tests assert no timing", () => {
  const sources = testSources();

  it("finds the test files", () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each(FORBIDDEN)("no test matches %s", (pattern, instead) => {
    const offending = sources.flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(offending, instead).toEqual([]);
  });
});
