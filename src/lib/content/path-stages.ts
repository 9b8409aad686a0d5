/**
 * The stages of the reading path, in order: the home page and /start/ group
 * the guides (and the tools they lead to) under them. Guides name theirs in
 * frontmatter (`stage`, checked by the content schema).
 */
export const pathStages = [
  "decide",
  "find",
  "hire",
  "agree",
  "onboard",
  "manage",
  "keep",
] as const;

/** A stage of the reading path (decide … keep). */
export type PathStage = (typeof pathStages)[number];

/** How each stage of the reading path is named on the home page, in order. */
export const PATH_STAGE_INFO: readonly { id: PathStage; title: string }[] = [
  { id: "decide", title: "Decide what to hand over" },
  { id: "find", title: "Find people" },
  { id: "hire", title: "Choose and test" },
  { id: "agree", title: "Agree the terms" },
  { id: "onboard", title: "Onboard" },
  { id: "manage", title: "Manage the work" },
  { id: "keep", title: "Keep good people" },
];

/** What the stage grouping needs of a guide. */
export interface StagedGuide {
  readonly id: string;
  readonly data: {
    readonly order: number;
    readonly stage: PathStage;
    readonly tool?: string | undefined;
  };
}

/**
 * What it needs of a tool: its id, and the stage it belongs to if the tool
 * registry says so. Tools without a stage sit with the guides that lead to them.
 */
export interface StagedTool {
  readonly id: string;
  readonly stage?: string | undefined;
}

/**
 * The reading path as stages, each with its guides (in reading order) and its
 * tools (in the registry's order). A tool goes to the stage it names, or else
 * to every stage whose guides lead to it; a tool neither names nor any guide
 * leads to is left out (the home page lists every tool on its own as well).
 * Stages without guides or tools are dropped.
 */
export function stagesOfPath<G extends StagedGuide, T extends StagedTool>(
  guides: readonly G[],
  tools: readonly T[],
): { id: PathStage; title: string; guides: G[]; tools: T[] }[] {
  return PATH_STAGE_INFO.map((stage) => {
    const inStage = guides
      .filter((guide) => guide.data.stage === stage.id)
      .sort((a, b) => a.data.order - b.data.order);
    const stageTools = tools.filter((tool) =>
      tool.stage !== undefined
        ? tool.stage === stage.id
        : inStage.some((guide) => guide.data.tool === tool.id),
    );
    return { ...stage, guides: inStage, tools: stageTools };
  }).filter((stage) => stage.guides.length > 0 || stage.tools.length > 0);
}
