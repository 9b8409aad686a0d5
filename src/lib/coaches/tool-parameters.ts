// Every registered tool's link parameters, for the coaches' page: each tool
// describes its own in src/lib/<id>/coach-parameters.ts (found by name, with
// Vite's import.meta.glob), and every tool accepts the coach's note.
import type { ParameterRow } from "./parameter-table";
import { coachNoteRow } from "./parameter-table";
import { TOOLS, type ToolInfo } from "~/lib/tools/tool-catalogue";

/** One tool's parameters. */
export interface ToolParameters {
  readonly tool: ToolInfo;
  readonly rows: readonly ParameterRow[];
}

const described = import.meta.glob<{ COACH_PARAMETERS: readonly ParameterRow[] }>(
  "../*/coach-parameters.ts",
  { eager: true },
);

/** The tools' parameters, in the order the site lists the tools. */
export const TOOL_PARAMETERS: readonly ToolParameters[] = TOOLS.map((tool) => {
  const rows = described[`../${tool.id}/coach-parameters.ts`]?.COACH_PARAMETERS;
  if (!rows)
    throw new Error(
      `The tool "${tool.id}" is in the registry but has no src/lib/${tool.id}/coach-parameters.ts (README, "Adding a tool").`,
    );
  return { tool, rows: [...rows, coachNoteRow(tool.coachNoteExample)] };
});
