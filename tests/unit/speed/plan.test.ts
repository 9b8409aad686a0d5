// What npm run bench:speed measures follows the tool registry: every tool's
// page is audited and typed into, and the pages standing for each kind exist.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TOOLS } from "~/lib/tools/tool-catalogue";
import {
  ARTICLE_WITH_TOOL,
  ARTICLE_WITHOUT_TOOL,
  latencyTargets,
  PAGE_KINDS,
  stepUpAndDown,
  TOOL_INPUTS,
  typeAndErase,
} from "../../../scripts/speed/plan";

const guide = (slug: string) => readFileSync(`src/content/guides/${slug}.mdx`, "utf8");

describe("the speed benchmark's plan", () => {
  it("types into every registered tool, and into no tool the registry lacks", () => {
    expect(Object.keys(TOOL_INPUTS).sort()).toEqual(TOOLS.map((tool) => tool.id).sort());
    expect(latencyTargets().map(({ tool, path }) => [tool, path])).toEqual(
      TOOLS.map((tool) => [tool.id, tool.path]),
    );
  });

  it("audits every registered tool's page, as the page of that tool", () => {
    for (const tool of TOOLS)
      expect(PAGE_KINDS).toContainEqual(
        expect.objectContaining({ path: tool.path, tool: tool.id }),
      );
    expect(PAGE_KINDS.filter((page) => page.tool !== undefined)).toHaveLength(
      TOOLS.length,
    );
  });

  it("audits one page of every other kind, each once", () => {
    const kinds = PAGE_KINDS.filter((page) => page.tool === undefined).map((p) => p.kind);
    expect(kinds).toEqual([
      "home",
      "article",
      "article with a tool",
      "mistakes",
      "coaches",
      "summary",
    ]);
    expect(new Set(PAGE_KINDS.map((page) => page.path)).size).toBe(PAGE_KINDS.length);
    for (const name of ["index", "mistakes", "coaches", "summary"])
      expect(existsSync(`src/pages/${name}.astro`), name).toBe(true);
  });

  it("stands for articles with one guide that holds a tool and one that holds none", () => {
    const component = /^import .+ from "~\/components\//m;
    expect(guide(ARTICLE_WITH_TOOL)).toMatch(component);
    expect(guide(ARTICLE_WITHOUT_TOOL)).not.toMatch(/^import /m);
  });

  it("presses keys that each change the field and leave it valid", () => {
    expect(typeAndErase(5)).toEqual(["1", "Backspace", "2", "Backspace", "3"]);
    expect(typeAndErase(20).filter((key) => key !== "Backspace")).not.toContain("0");
    expect(stepUpAndDown(4)).toEqual(["ArrowUp", "ArrowDown", "ArrowUp", "ArrowDown"]);
    for (const input of Object.values(TOOL_INPUTS))
      expect(input.keys.length).toBeGreaterThanOrEqual(20);
  });
});
