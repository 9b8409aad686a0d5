/** What the site says about each tool wherever it lists them (home, tools index). */
export interface ToolInfo {
  readonly id: "break-even" | "scorecard" | "onboarding";
  readonly name: string;
  readonly question: string;
  readonly summary: string;
  readonly path: string;
}

/** The three tools, in the order a reader meets them on the reading path. */
export const TOOLS: readonly ToolInfo[] = [
  {
    id: "break-even",
    name: "Delegate or do it yourself?",
    question: "Is this task worth handing over?",
    summary:
      "Enter how long a task takes you, how often it comes round and what a contractor charges. See when handing it over pays back, in hours and in money.",
    path: "/tools/break-even/",
  },
  {
    id: "scorecard",
    name: "Candidate scorecard",
    question: "Which candidate should you try first?",
    summary:
      "Rate each candidate on what matters for the role, weigh the evidence you actually have, and get a ranked shortlist with a clear next step.",
    path: "/tools/scorecard/",
  },
  {
    id: "onboarding",
    name: "Onboarding checklist",
    question: "What has to happen before and after day one?",
    summary:
      "Answer a few questions about the work and get a dated hand-over plan to tick off, print, or add to your calendar.",
    path: "/tools/onboarding/",
  },
];
