// npm run bench:speed: builds (in package.json), then measures the built site
// against the speed bars (docs/performance.md). The benchmark is TypeScript in
// scripts/speed/, next to the tool registry it reads; Vite's module runner,
// already installed for Astro, loads it and resolves the site's `~/` imports
// as the build does.
//
//   npm run build && node scripts/bench-speed.mjs
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const { module } = await runnerImport(
  fileURLToPath(new URL("./speed/bench.ts", import.meta.url)),
  {
    configFile: false,
    logLevel: "error",
    resolve: { alias: { "~": fileURLToPath(new URL("../src", import.meta.url)) } },
  },
);
process.exitCode = await module.benchSpeed();
