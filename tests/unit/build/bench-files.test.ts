// `npm run bench` builds a copy of the project (scripts/bench-files.mjs). A
// build step added to astro.config.mjs from a new folder once broke it unnoticed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BENCH_COPIED } from "../../../scripts/bench-files.mjs";

const config = readFileSync(
  new URL("../../../astro.config.mjs", import.meta.url),
  "utf8",
);

describe("BENCH_COPIED", () => {
  it("holds every local file astro.config.mjs imports or reads", () => {
    const local = [...config.matchAll(/["']\.\/([^"'/]+)[^"']*["']/g)].map((m) => m[1]);
    expect(local.length).toBeGreaterThan(0);
    for (const top of local) expect(BENCH_COPIED, `./${top}`).toContain(top);
  });
});
