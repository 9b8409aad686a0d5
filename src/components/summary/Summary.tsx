// The one-page summary island. It reads the reader's saved work of every
// registered tool straight from this browser's storage (nothing is sent
// anywhere) through each tool's own part, src/components/<id>/SummarySection.tsx,
// loaded on demand (Vite's import.meta.glob) so the page's first download stays small.
import type { VNode } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { SummaryContext, SummaryPart, SummaryTool } from "./summary-parts";
import "./summary.css";

interface Props {
  /** The registered tools, in the registry's order. */
  tools: readonly SummaryTool[];
}

const parts = import.meta.glob<SummaryPart<unknown>>("../*/SummarySection.tsx");

/** What is stored under `key`, or undefined when storage is missing or blocked. */
function stored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The reader's local calendar date, "YYYY-MM-DD". */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function readSections(tools: readonly SummaryTool[]): Promise<VNode[]> {
  const context: SummaryContext = {
    locale: navigator.language || "en-US",
    today: localToday(),
    stored,
  };
  return Promise.all(
    tools.map(async (tool) => {
      const load = parts[`../${tool.id}/SummarySection.tsx`];
      if (!load) throw new Error(`No src/components/${tool.id}/SummarySection.tsx`);
      const { readSummary, SummarySection } = await load();
      return <SummarySection key={tool.id} tool={tool} summary={readSummary(context)} />;
    }),
  );
}

export default function Summary({ tools }: Props) {
  const [sections, setSections] = useState<VNode[] | null>(null);
  useEffect(() => {
    void readSections(tools).then(setSections);
  }, [tools]);
  if (!sections) return <p class="summary-loading">Reading your saved work…</p>;
  return (
    <div class="summary">
      {sections}
      <p class="no-print">
        <button type="button" onClick={() => print()}>
          Print this page
        </button>
      </p>
    </div>
  );
}
