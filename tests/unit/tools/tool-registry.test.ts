import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TOOL_PARAMETERS } from "~/lib/coaches/tool-parameters";
import { TOOL_IDS, TOOLS, toolById } from "~/lib/tools/tool-catalogue";

/** The files a registered tool must have, found by these names (README, "Adding a tool"). */
const CONVENTIONAL_FILES = [
  "src/stores/{id}.ts",
  "src/components/{id}/Tool.astro",
  "src/components/{id}/About.astro",
  "src/components/{id}/SummarySection.tsx",
  "src/components/{id}/pack-part.ts",
  "src/lib/{id}/coach-parameters.ts",
  "src/lib/{id}/summary.ts",
  "src/lib/{id}/saved-data.ts",
];

const summaryParts = import.meta.glob<{ readSummary: unknown; SummarySection: unknown }>(
  "../../../src/components/*/SummarySection.tsx",
  { eager: true },
);

const savedData = import.meta.glob<{ key: string; version: number }>(
  "../../../src/lib/*/saved-data.ts",
  { eager: true, import: "savedData" },
);

describe("the tool registry", () => {
  it("gives every tool a unique id that is a safe path segment", () => {
    expect(new Set(TOOL_IDS).size).toBe(TOOLS.length);
    for (const id of TOOL_IDS) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it.each(TOOLS.map((tool) => [tool.id, tool] as const))(
    "finds every file %s needs by its name",
    (id) => {
      for (const pattern of CONVENTIONAL_FILES) {
        const file = pattern.replace("{id}", id);
        expect(existsSync(file), `${file} is missing`).toBe(true);
      }
    },
  );

  it.each(TOOL_IDS)("lists %s's link parameters for the coaches, note included", (id) => {
    const rows = TOOL_PARAMETERS.find((entry) => entry.tool.id === id)?.rows ?? [];
    expect(rows.map((row) => row.key)).toContain("v");
    expect(rows.map((row) => row.key)).toContain("note");
  });

  it.each(TOOL_IDS)(
    "has a summary part for %s that reads and shows its saved work",
    (id) => {
      const part = summaryParts[`../../../src/components/${id}/SummarySection.tsx`];
      expect(typeof part?.readSummary).toBe("function");
      expect(typeof part?.SummarySection).toBe("function");
    },
  );

  it.each(TOOL_IDS)(
    "describes what %s keeps in storage, under handoff:<id>, for the backup file",
    (id) => {
      const saved = savedData[`../../../src/lib/${id}/saved-data.ts`];
      expect(saved?.key).toBe(`handoff:${id}`);
      expect(saved?.version).toBeGreaterThanOrEqual(1);
    },
  );

  it("derives each tool's page and embed paths from its id", () => {
    for (const tool of TOOLS) {
      expect(tool.path).toBe(`/tools/${tool.id}/`);
      expect(tool.embedPath).toBe(`/embed/${tool.id}/`);
      expect(toolById(tool.id)).toBe(tool);
    }
  });
});
