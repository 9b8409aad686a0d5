// The one-page summary island. It reads the reader's saved work of every
// registered tool straight from this browser's storage (nothing is sent
// anywhere) through each tool's own part, src/components/<id>/SummarySection.tsx,
// loaded on demand (Vite's import.meta.glob) so the page's first download stays small.
import type { VNode } from "preact";
import { localIsoDate } from "~/lib/format/local-date";
import { useEffect, useState } from "preact/hooks";
import type { BackupPanel as BackupPanelType } from "~/components/backup/BackupPanel";
import { readEnvelope } from "~/lib/storage/envelope";
import type { SavedRecord } from "~/lib/storage/saved-record";
import {
  SummaryTroubleSection,
  type SummaryContext,
  type SummaryPart,
  type SummaryTool,
  type SummaryTrouble,
} from "./summary-parts";
import "./summary.css";

interface Props {
  /** The registered tools, in the registry's order. */
  tools: readonly SummaryTool[];
}

// The backup section reads every tool's validators: loaded on its own, after
// the saved work is shown, so no tool's first download grows with it.
const loadBackup = () =>
  import("~/components/backup/BackupPanel").then((m) => m.BackupPanel);

const parts = import.meta.glob<SummaryPart<unknown>>("../*/SummarySection.tsx");

// Set when storage is missing or throws: then nothing saved can be read at all.
let blocked = false;

/** What is stored under `key`, or undefined when storage is missing or blocked. */
function stored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    blocked = true;
    return undefined;
  }
}

/**
 * Why a part shows nothing although its tool may have something saved, as the
 * tool's own page would say it; null when there is truly nothing (or it shows).
 */
function troubleOf(record: SavedRecord<unknown>): SummaryTrouble | null {
  const { status } = readEnvelope(
    stored(record.key),
    record.version,
    record.validate,
    record.migrate,
  );
  if (blocked) return "unavailable";
  if (status === "newer") return "newer";
  return status === "corrupt" || status === "invalid" ? "unreadable" : null;
}

async function readSections(tools: readonly SummaryTool[]): Promise<VNode[]> {
  const context: SummaryContext = {
    locale: navigator.language || "en-US",
    today: localIsoDate(new Date()),
    stored,
  };
  return Promise.all(
    tools.map(async (tool) => {
      const load = parts[`../${tool.id}/SummarySection.tsx`];
      if (!load) throw new Error(`No src/components/${tool.id}/SummarySection.tsx`);
      const { readSummary, SummarySection, record } = await load();
      const summary = readSummary(context);
      const trouble = summary === null ? troubleOf(record) : null;
      return trouble ? (
        <SummaryTroubleSection key={tool.id} tool={tool} trouble={trouble} />
      ) : (
        <SummarySection key={tool.id} tool={tool} summary={summary} />
      );
    }),
  );
}

export default function Summary({ tools }: Props) {
  const [sections, setSections] = useState<VNode[] | null>(null);
  // Bumped when a restore changes storage, so the sections are read again.
  const [reads, setReads] = useState(0);
  useEffect(() => {
    void readSections(tools).then(setSections);
  }, [tools, reads]);
  const [BackupPanel, setBackupPanel] = useState<typeof BackupPanelType | null>(null);
  useEffect(() => void loadBackup().then((panel) => setBackupPanel(() => panel)), []);
  if (!sections) return <p class="summary-loading">Reading your saved work…</p>;
  return (
    <div class="summary">
      {sections}
      <p class="no-print">
        <button type="button" onClick={() => print()}>
          Print this page
        </button>
      </p>
      {BackupPanel && <BackupPanel onChange={() => setReads((count) => count + 1)} />}
    </div>
  );
}
