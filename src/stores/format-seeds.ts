// Plants the texts the server formatted for this page's first render (see
// src/lib/format/format-seeds.ts and FormatSeeds.astro), when this module is
// first loaded: before any tool's store formats its defaults. The data blocks
// sit above their islands in the page, so they are parsed by then. Every tool
// loads this with its session (the runtime chunk), so it imports nothing from
// the formatters themselves; warm-formats.ts is loaded by the tools that use them.
import { plantSeeds, type FormatSeeds } from "~/lib/format/format-seeds";

if (typeof document !== "undefined") {
  for (const block of document.querySelectorAll("script[data-format-seeds]")) {
    try {
      plantSeeds(JSON.parse(block.textContent ?? "{}") as FormatSeeds);
    } catch {
      // A damaged block only means the first render formats its own numbers.
    }
  }
}
