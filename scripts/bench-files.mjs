// What `npm run bench` copies of the project to build it with synthetic
// guides: all that a build reads, and nothing else. A file that
// astro.config.mjs imports must be under one of these (a unit test checks).

/** Top-level files and folders a build needs. */
export const BENCH_COPIED = [
  "src",
  "public",
  "scripts",
  "astro.config.mjs",
  "package.json",
  "tsconfig.json",
];
