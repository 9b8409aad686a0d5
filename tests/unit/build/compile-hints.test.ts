// The build step that marks the chunks every load runs for eager compiling
// (scripts/compile-hints.mjs).
import { describe, expect, it } from "vitest";
import { chunksRunOnLoad } from "../../../scripts/compile-hints.mjs";

const chunk = (imports: string[], kind: "entry" | "lazy" | "shared" = "shared") => ({
  type: "chunk",
  isEntry: kind !== "shared",
  isDynamicEntry: kind === "lazy",
  imports,
});

describe("chunksRunOnLoad", () => {
  it("holds the islands' entries and what they import statically, not what loads on demand", () => {
    const chunks = {
      "Tool.js": chunk(["tool.js"], "entry"),
      "tool.js": chunk(["runtime.js", "kit.js"]),
      "kit.js": chunk(["runtime.js"]),
      "runtime.js": chunk([]),
      "Charts.js": chunk(["runtime.js", "chart-maths.js"], "lazy"),
      "chart-maths.js": chunk([]),
    };
    expect([...chunksRunOnLoad(chunks)].sort()).toEqual([
      "Tool.js",
      "kit.js",
      "runtime.js",
      "tool.js",
    ]);
  });
});
