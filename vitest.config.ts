import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import type { InlineConfig } from "vitest/node";

const src = fileURLToPath(new URL("./src", import.meta.url));

/**
 * Time limits no test should ever reach. Tests wait for events and DOM
 * states, never for wall time; a limit only turns a hang into a failure, so
 * it is set far above what the slowest test takes on a busy machine (vitest's
 * 5 s default is not: a property that took 1.6 s on a shared two-core host
 * once timed out there).
 */
const PATIENT = {
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // expect.poll gives up after 1 s by default; it returns as soon as the
  // value matches, so a long limit costs a passing test nothing.
  expect: { poll: { timeout: 30_000 } },
} satisfies InlineConfig;

/**
 * What every project that drives the built site in Chromium shares: one
 * browser and one server for the whole run. Two files run at a time: a
 * browser test spends much of its time waiting on the page (loads, network
 * idle), so a second file fills those gaps on a 2-core machine; each file
 * opens its own browser contexts, so they never share storage or pages.
 */
const BROWSER = {
  environment: "node",
  globalSetup: ["tests/e2e/global-setup.ts"],
  fileParallelism: true,
  maxWorkers: 2,
  ...PATIENT,
  testTimeout: 120_000,
} satisfies InlineConfig;

export default defineConfig({
  resolve: { alias: { "~": src } },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          ...PATIENT,
        },
      },
      {
        extends: true,
        test: {
          name: "components",
          include: ["tests/components/**/*.test.{ts,tsx}"],
          environment: "happy-dom",
          setupFiles: ["tests/components/support/setup.ts"],
          ...PATIENT,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          ...BROWSER,
        },
      },
    ],
  },
});
