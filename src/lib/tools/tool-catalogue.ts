// The tool registry: the one list of Handoff's tools. Every list of tools on
// the site derives from it: the tool and embed pages (src/pages/tools/[tool]
// and src/pages/embed/[tool]), the home page and tools index, the coaches'
// parameter tables, the embed snippet builder, the summary page, the client pack, the content
// schema's `tool` field, the build's chunk groups and the tests.
//
// A tool's code lives in folders named after its id, with a few files the
// site finds by name (see README, "Adding a tool"):
//   src/components/<id>/Tool.astro          the wrapper pages, embeds and articles mount
//   src/components/<id>/About.astro         what its page explains below the tool
//   src/components/<id>/SummarySection.tsx  its part of the summary page
//   src/components/<id>/pack-part.ts        its part of a coach's client pack (/pack/)
//   src/lib/<id>/coach-parameters.ts        its link parameters, for the coaches' page
//   src/lib/<id>/summary.ts                 its saved state, read for the summary page
//
// This module is plain data, so pages, tests and the build can all read it.

/** What the registry says about one tool; see {@link ToolInfo} for the derived paths. */
interface ToolEntry {
  /** The path segment of its pages, and the name of its folders. */
  readonly id: string;
  /** Its name as a heading. */
  readonly name: string;
  /** Its name inside a sentence ("the break-even calculator"). */
  readonly shortName: string;
  /** The reader's question it answers. */
  readonly question: string;
  /** One or two sentences for the lists of tools (home, tools index). */
  readonly summary: string;
  /** Its own page (/tools/<id>/). */
  readonly page: {
    /** Title without the site name. */
    readonly title: string;
    /** Meta description, 50-160 characters. */
    readonly description: string;
    /** The sentence or two under the heading. */
    readonly lede: string;
    /** What a reader without JavaScript is told, and where the page helps them instead. */
    readonly noScript: string;
    /** What a coach's link fills the tool with, e.g. "their figures". */
    readonly coachFills: string;
  };
  /** Its embed page (/embed/<id>/), for other sites' iframes. */
  readonly embed: {
    /** The iframe's title in the snippet a coach pastes. */
    readonly frameTitle: string;
    /** Meta description of the embed page. */
    readonly description: string;
    /** What a visitor without JavaScript is told. */
    readonly noScript: string;
  };
  /** The example note in its row of the coaches' parameter table. */
  readonly coachNoteExample: string;
}

const ENTRIES = [
  {
    id: "delegation-audit",
    name: "What should you hand over first?",
    shortName: "delegation audit",
    question: "Of everything you do each week, what should go first?",
    summary:
      "List the tasks that fill your week and rate each one. See what to hand over first, what it costs, the hours you get back and who you need.",
    page: {
      title: "What should you hand over first? Delegation audit",
      description:
        "List the work that fills your week, rate each task, and see what to hand over first, what it costs and how many hours you get back.",
      lede: "List the work that fills your week. Rate how good you are at each task and how core it is to your business, and see what to hand over first, what it would cost and how many hours you would get back.",
      noScript:
        "The interactive audit needs JavaScript. Below are the rules it applies to each task, how it adds up the totals, and a worked example.",
      coachFills: "their tasks",
    },
    embed: {
      frameTitle: "What should you hand over first? (Handoff)",
      description:
        "List the work that fills your week and see what to hand over first, right on this page.",
      noScript: "The audit needs JavaScript to run.",
    },
    coachNoteExample: "Start with the top task only",
  },
  {
    id: "break-even",
    name: "Delegate or do it yourself?",
    shortName: "break-even calculator",
    question: "Is this task worth handing over?",
    summary:
      "Enter how long a task takes you, how often it comes round and what a contractor charges. See when handing it over pays back, in hours and in money.",
    page: {
      title: "Delegate or do it yourself? Break-even calculator",
      description:
        "Find out when handing a task to a contractor pays back your time and money, with your own numbers, a chart and a shareable link.",
      lede: "Enter how long a task takes you, how often it comes up and what a contractor would charge. See when handing it over pays back, in hours and in money.",
      noScript:
        "The interactive calculator needs JavaScript. The worked example below shows exactly what it computes.",
      coachFills: "their figures",
    },
    embed: {
      frameTitle: "Delegate or do it yourself? (Handoff)",
      description:
        "Work out when handing a task to a contractor pays back your time and money, right on this page.",
      noScript: "The calculator needs JavaScript to run.",
    },
    coachNoteExample: "Start with the monthly figures",
  },
  {
    id: "scorecard",
    name: "Candidate scorecard",
    shortName: "candidate scorecard",
    question: "Which candidate should you try first?",
    summary:
      "Rate each candidate on what matters for the role, weigh the evidence you actually have, and get a ranked shortlist with a clear next step.",
    page: {
      title: "Candidate scorecard",
      description:
        "Rate freelancers or assistants against what matters for the role, see how much evidence you have, and get a ranked shortlist with a clear next step.",
      lede: "Rate each candidate on what matters for the role. See a score, how much of it rests on evidence, what to do next, and who to trial first.",
      noScript:
        "The interactive scorecard needs JavaScript. Below are its criteria, what to look for, the weights for each role and exactly how it scores.",
      coachFills: "their candidates",
    },
    embed: {
      frameTitle: "Candidate scorecard (Handoff)",
      description:
        "Rate candidates against what matters for the role and get a ranked shortlist with a next step, right on this page.",
      noScript: "The scorecard needs JavaScript to run.",
    },
    coachNoteExample: "Run a paid trial with the top two",
  },
  {
    id: "onboarding",
    name: "Onboarding checklist",
    shortName: "onboarding checklist",
    question: "What has to happen before and after day one?",
    summary:
      "Answer a few questions about the work and get a dated hand-over plan to tick off, print, or add to your calendar.",
    page: {
      title: "Onboarding checklist generator",
      description:
        "Answer a few questions about the work and get a dated hand-over checklist to tick off, print, export or add to your calendar.",
      lede: "Answer a few questions about the work and the person taking it on. You get a checklist for your situation, dated from their first day, to tick off over the following weeks.",
      noScript:
        "The interactive checklist needs JavaScript. Below is the checklist it starts from, with each step's timing counted from the contractor's first day.",
      coachFills: "their answers",
    },
    embed: {
      frameTitle: "Onboarding checklist (Handoff)",
      description:
        "Answer a few questions about the work and get a dated hand-over checklist to tick off, right on this page.",
      noScript: "The checklist needs JavaScript to run.",
    },
    coachNoteExample: "Do the first week before the kick-off call",
  },
] as const satisfies readonly ToolEntry[];

/** A registered tool's id. */
export type ToolId = (typeof ENTRIES)[number]["id"];

/** Everything the site says about one tool outside the tool itself. */
export interface ToolInfo extends ToolEntry {
  readonly id: ToolId;
  /** Its own page: /tools/<id>/. */
  readonly path: string;
  /** Its embed page, for other sites' iframes: /embed/<id>/. */
  readonly embedPath: string;
}

/** The tools, in the order a reader meets them on the reading path. */
export const TOOLS: readonly ToolInfo[] = ENTRIES.map((entry) => ({
  ...entry,
  path: `/tools/${entry.id}/`,
  embedPath: `/embed/${entry.id}/`,
}));

/** Every registered tool's id, in the registry's order (a tuple, as zod's enum wants). */
export const TOOL_IDS = ENTRIES.map((entry) => entry.id) as [ToolId, ...ToolId[]];

/** The registered tool with `id`. */
export function toolById(id: ToolId): ToolInfo {
  const tool = TOOLS.find((candidate) => candidate.id === id);
  if (!tool) throw new Error(`No tool "${id}" in src/lib/tools/tool-catalogue.ts`);
  return tool;
}
