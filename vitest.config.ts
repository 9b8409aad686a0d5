import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import type { InlineConfig } from "vitest/node";

const src = fileURLToPath(new URL("./src", import.meta.url));

/**
 * What every project that drives the built site in Chromium shares: one
 * browser and one server for the whole run, and files one at a time so a
 * 2-core machine is not oversubscribed.
 */
const BROWSER = {
  environment: "node",
  globalSetup: ["tests/e2e/global-setup.ts"],
  fileParallelism: false,
  testTimeout: 120_000,
  hookTimeout: 60_000,
} satisfies InlineConfig;

export default defineConfig({
  resolve: { alias: { "~": src } },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "components",
          include: ["tests/components/**/*.test.{ts,tsx}"],
          environment: "happy-dom",
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          // Lighthouse runs as a project of its own, after the others (below).
          exclude: ["tests/e2e/lighthouse.test.ts"],
          ...BROWSER,
        },
      },
      {
        extends: true,
        test: {
          // Part of npm test: the bars, with TBT allowed this machine's noise
          // (CI_TBT_ALLOWANCE_MS in tests/e2e/speed-pages.ts).
          name: "lighthouse-ci",
          include: ["tests/e2e/lighthouse.test.ts"],
          env: { HANDOFF_LIGHTHOUSE_CI: "1" },
          ...BROWSER,
        },
      },
      {
        extends: true,
        test: {
          // npm run test:lighthouse: every page held to the bars as they are.
          name: "lighthouse",
          include: ["tests/e2e/lighthouse.test.ts"],
          ...BROWSER,
        },
      },
    ],
  },
});
