// What `npm run bench:speed` measures: one page of each kind for Lighthouse,
// and for each tool the field the latency run types into and the element that
// shows its result. Tools come from the registry: a new tool's page is audited
// by itself, and `TOOL_INPUTS` must name its field (astro check and
// tests/unit/speed/plan.test.ts fail until it does).
import { TOOLS, type ToolId } from "../../src/lib/tools/tool-catalogue";

/** A page Lighthouse audits, named by the kind of page it stands for. */
export interface PageKind {
  readonly kind: string;
  readonly path: string;
  /** The tool this page is the page of, whose latency is reported on its row. */
  readonly tool?: ToolId;
}

/** Two guides that stand for every article: one plain, one with a tool in it. */
export const ARTICLE_WITHOUT_TOOL = "where-to-find-contractors";
export const ARTICLE_WITH_TOOL = "what-to-outsource";

/** One page of each kind, in the order the table lists them. */
export const PAGE_KINDS: readonly PageKind[] = [
  { kind: "home", path: "/" },
  { kind: "article", path: `/guide/${ARTICLE_WITHOUT_TOOL}/` },
  { kind: "article with a tool", path: `/guide/${ARTICLE_WITH_TOOL}/` },
  ...TOOLS.map((tool) => ({ kind: `tool: ${tool.id}`, path: tool.path, tool: tool.id })),
  { kind: "mistakes", path: "/mistakes/" },
  { kind: "coaches", path: "/coaches/" },
  { kind: "summary", path: "/summary/" },
];

/** A tool's field to type into and the element whose DOM shows the result. */
export interface ToolInput {
  /** CSS selector of a field of the tool. */
  readonly field: string;
  /** CSS selector of the element that shows the result; its whole subtree is watched. */
  readonly result: string;
  /** Keys to press, each of which must change the result. */
  readonly keys: readonly string[];
  /** A key pressed once before measuring, to place the caret ("End" for text). */
  readonly caretKey?: string;
  /**
   * What to open the tool with (a link's query and fragment), when its empty
   * page has no result a key could change.
   */
  readonly link?: string;
}

/**
 * `count` key presses that each change a field's value and keep it valid:
 * a digit after the existing text, then Backspace, then the next digit…
 * ("30" → "301" → "30" → "302" …). Place the caret at the end first.
 */
export function typeAndErase(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? String(((i / 2) % 9) + 1) : "Backspace",
  );
}

/**
 * `count` presses that move a date field's focused part (the month, in en-US)
 * up and down by one, so each press changes the date and keeps it valid.
 */
export function stepUpAndDown(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? "ArrowUp" : "ArrowDown"));
}

/** Key presses per tool: enough for a median and a worst that mean something. */
const KEYS = 30;

/** For each registered tool, the field the latency run types into. */
export const TOOL_INPUTS: Readonly<Record<ToolId, ToolInput>> = {
  // A task's hours a week: every key changes the headline's hours back. The
  // audit opens with that one task (an empty list has no plan to change).
  "delegation-audit": {
    field: "#da-a-hours",
    result: ".audit-results",
    keys: typeAndErase(KEYS),
    caretKey: "End",
    link: "?v=1&value=60#t=a&n=Email&h=5&s=3&k=2&j=yes&f=admin&r=20",
  },
  // The "you" minutes: every key changes the verdict.
  "break-even": {
    field: "#be-do",
    result: ".tool-results",
    keys: typeAndErase(KEYS),
    caretKey: "End",
  },
  // The name heads the candidate's card and every place the results name them.
  scorecard: {
    field: "#sc-a-name",
    result: "#sc-a-title",
    keys: typeAndErase(KEYS),
    caretKey: "End",
  },
  // Every dated step of the checklist moves with the start date.
  onboarding: {
    field: "#ob-start",
    result: ".ob-checklist",
    keys: stepUpAndDown(KEYS),
  },
};

/** A tool to type into: its id, its page and its field. */
export interface LatencyTarget extends ToolInput {
  readonly tool: ToolId;
  /** The tool's page, which names its row in the table. */
  readonly path: string;
}

/** Where to type into a tool: its page, with the link it opens with, if any. */
export const latencyUrl = (target: LatencyTarget): string =>
  `${target.path}${target.link ?? ""}`;

/** Every registered tool with its page and field, in the registry's order. */
export function latencyTargets(): LatencyTarget[] {
  return TOOLS.map((tool) => {
    const input = TOOL_INPUTS[tool.id];
    if (!input)
      throw new Error(
        `No latency input for the tool "${tool.id}": add its field to TOOL_INPUTS in scripts/speed/plan.ts`,
      );
    return { tool: tool.id, path: tool.path, ...input };
  });
}
