import { describe, expect, it } from "vitest";
import { PATH_STAGE_INFO, stagesOfPath, type PathStage } from "~/lib/content/path-stages";
import { TOOLS } from "~/lib/tools/tool-catalogue";

const guide = (id: string, order: number, stage: PathStage, tool?: string) => ({
  id,
  data: { order, stage, tool },
});

const guides = [
  guide("what", 2, "decide", "break-even"),
  guide("should", 1, "decide"),
  guide("choose", 5, "hire", "scorecard"),
  guide("onboard", 7, "onboard", "onboarding"),
];

describe("stagesOfPath", () => {
  it("groups guides under their stage in reading order, dropping empty stages", () => {
    const stages = stagesOfPath(guides, []);
    expect(stages.map((stage) => stage.id)).toEqual(["decide", "hire", "onboard"]);
    expect(stages[0]?.guides.map((g) => g.id)).toEqual(["should", "what"]);
  });

  it("puts each registry tool with the stage whose guide leads to it", () => {
    const stages = stagesOfPath(guides, TOOLS);
    const toolsOf = (id: PathStage) =>
      stages.find((stage) => stage.id === id)?.tools.map((tool) => tool.id);
    expect(toolsOf("decide")).toEqual(["break-even"]);
    expect(toolsOf("hire")).toEqual(["scorecard"]);
    expect(toolsOf("onboard")).toEqual(["onboarding"]);
  });

  it("places a tool that names its own stage there, even with no guide leading to it", () => {
    const tools = [...TOOLS, { id: "delegation-audit", stage: "decide" }];
    const decide = stagesOfPath(guides, tools).find((stage) => stage.id === "decide");
    expect(decide?.tools.map((tool) => tool.id)).toEqual([
      "break-even",
      "delegation-audit",
    ]);
    const withAudit = stagesOfPath(guides, tools).filter((stage) =>
      stage.tools.some((tool) => tool.id === "delegation-audit"),
    );
    expect(withAudit.map((stage) => stage.id)).toEqual(["decide"]);
  });

  it("leaves out a tool no guide leads to and no stage claims, without failing", () => {
    const stages = stagesOfPath(guides, [{ id: "unknown-tool" }]);
    expect(stages.flatMap((stage) => stage.tools)).toEqual([]);
  });

  it("keeps the seven stages of the path in order", () => {
    expect(PATH_STAGE_INFO.map((stage) => stage.id)).toEqual([
      "decide",
      "find",
      "hire",
      "agree",
      "onboard",
      "manage",
      "keep",
    ]);
  });
});
