// What every tool's part of the summary page shares: how a part reads what
// its tool saved, and what it says when nothing is saved. Each tool's part is
// src/components/<id>/SummarySection.tsx, found by the Summary island.
import type { FunctionComponent } from "preact";
import type { SavedRecord } from "~/lib/storage/saved-record";

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
  /** Where the tool keeps its state, to tell "nothing saved" from a save it cannot read. */
  record: SavedRecord<unknown>;
}

/** Why a tool's saved work is not shown: what the tool's own page says too. */
export type SummaryTrouble = "unavailable" | "newer" | "unreadable";

const TROUBLE_TEXT: Record<SummaryTrouble, string> = {
  unavailable:
    "This browser is not letting Handoff store anything, so nothing saved can be shown here.",
  newer:
    "Your saved work here was written by a newer version of Handoff, which this page cannot read. Reload to get the newer version; nothing is lost.",
  unreadable:
    "Something is saved here that could not be read (it may be damaged). The tool starts from its defaults and keeps it stored until you change something there.",
};

/** In place of a tool's section: its name, and why its saved work is not shown. */
export function SummaryTroubleSection({
  tool,
  trouble,
}: {
  tool: SummaryTool;
  trouble: SummaryTrouble;
}) {
  return (
    <section class="summary-section" aria-labelledby={`sum-${tool.id}`}>
      <h2 id={`sum-${tool.id}`}>{tool.name}</h2>
      <p class="summary-trouble">
        {TROUBLE_TEXT[trouble]} <a href={tool.path}>Open the {tool.shortName}</a>.
      </p>
    </section>
  );
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
