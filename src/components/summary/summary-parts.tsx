// What every tool's part of the summary page shares: how a part reads what
// its tool saved, and what it says when nothing is saved. Each tool's part is
// src/components/<id>/SummarySection.tsx, found by the Summary island.
import type { FunctionComponent } from "preact";

/** A registered tool as the summary page names and links it. */
export interface SummaryTool {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly path: string;
}

/** What a part needs to read its tool's saved work. */
export interface SummaryContext {
  /** The reader's locale, for numbers and dates. */
  readonly locale: string;
  /** The reader's local calendar date, "YYYY-MM-DD". */
  readonly today: string;
  /** What is stored under `key`, or undefined when storage is missing or blocked. */
  readonly stored: (key: string) => string | undefined;
}

/** What a tool's SummarySection.tsx exports. */
export interface SummaryPart<S> {
  /** The tool's saved work, read through its own validators and model; null when nothing usable is stored. */
  readSummary(context: SummaryContext): S | null;
  /** Its section of the page. */
  SummarySection: FunctionComponent<{ tool: SummaryTool; summary: S | null }>;
}

/** Where a tool's section points the reader when it has nothing saved. */
export function SummaryEmpty({ tool }: { tool: SummaryTool }) {
  return (
    <p class="summary-empty">
      Nothing saved here yet. Use the <a href={tool.path}>{tool.shortName}</a>: what you
      enter there is kept in this browser and shows up on this page.
    </p>
  );
}
