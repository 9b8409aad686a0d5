// The build plugin that trims what a lazy import preloads (scripts/preload-missing.mjs).
import { describe, expect, it } from "vitest";
import {
  loadsStylesheetOnDemand,
  missingDependencies,
  staticClosure,
} from "../../../scripts/preload-missing.mjs";

// A tool's chunk imports the runtime and the kit; its shared-link codec, loaded
// on demand, needs the kit and a codec chunk the tool has not loaded.
const bundle = {
  "_astro/tool.js": { type: "chunk", imports: ["_astro/runtime.js", "_astro/kit.js"] },
  "_astro/kit.js": { type: "chunk", imports: ["_astro/runtime.js"] },
  "_astro/runtime.js": { type: "chunk", imports: [] },
  "_astro/link.js": { type: "chunk", imports: ["_astro/kit.js", "_astro/codec.js"] },
  "_astro/codec.js": { type: "chunk", imports: ["_astro/runtime.js"] },
};

describe("staticClosure", () => {
  it("holds a chunk and every chunk it loads statically, however deep", () => {
    expect([...staticClosure("_astro/tool.js", bundle)].sort()).toEqual([
      "_astro/kit.js",
      "_astro/runtime.js",
      "_astro/tool.js",
    ]);
  });
});

describe("missingDependencies", () => {
  it("keeps only the chunks the importer has not loaded, without the imported chunk itself", () => {
    const deps = [
      "_astro/link.js",
      "_astro/kit.js",
      "_astro/codec.js",
      "_astro/runtime.js",
    ];
    expect(missingDependencies("_astro/link.js", deps, "_astro/tool.js", bundle)).toEqual(
      ["_astro/codec.js"],
    );
  });

  it("keeps everything but the imported chunk for an importer the bundle does not know", () => {
    const deps = ["_astro/link.js", "_astro/kit.js"];
    expect(
      missingDependencies("_astro/link.js", deps, "_astro/other.js", bundle),
    ).toEqual(["_astro/kit.js"]);
  });
});

describe("loadsStylesheetOnDemand", () => {
  const table = (files: string[]) =>
    `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=${JSON.stringify(files)})))=>i.map(i=>d[i]);`;

  it("finds a stylesheet among the files a chunk's lazy imports preload", () => {
    expect(loadsStylesheetOnDemand(table(["_astro/a.js", "_astro/chart.css"]))).toBe(
      true,
    );
  });

  it("ignores scripts, and stylesheets named anywhere else in the code", () => {
    expect(loadsStylesheetOnDemand(table(["_astro/a.js"]) + 'const f="x.css";')).toBe(
      false,
    );
    expect(loadsStylesheetOnDemand('import "./x.css";')).toBe(false);
  });
});
