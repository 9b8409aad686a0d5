// The delegation audit island: on /tools/delegation-audit/, in its embed and
// in the "should you outsource" guide. It only wires the store to the view
// pieces; the rules live in src/lib/delegation-audit.
import { useEffect, useState } from "preact/hooks";
import { Announcer } from "~/components/ui/Announcer";
import { CoachNote } from "~/components/ui/coach-note/CoachNote";
import { LazySessionNotices } from "~/components/ui/LazySessionNotices";
import { useStore } from "~/components/ui/use-store";
import { WhenVisible } from "~/components/ui/WhenVisible";
import type { Audit } from "~/lib/delegation-audit/audit";
import type { TaskPreset } from "~/lib/delegation-audit/presets";
import type { AuditTexts } from "~/lib/delegation-audit/reasons";
import {
  $announcement,
  $anyPlaced,
  auditSession,
  showFirst,
  startAudit,
} from "~/stores/delegation-audit";
import { AuditFigures } from "./AuditFigures";
import { Results } from "./Results";
import { TaskList } from "./TaskList";

const loadChart = () => import("./AuditChart").then((m) => m.AuditChart);
const loadShare = () => import("./ShareActions").then((m) => m.ShareActions);

export interface DelegationAuditProps {
  /** Group headings and reasons (long texts travel in the HTML). */
  texts: AuditTexts;
  /** The one-tap tasks, priced in US dollars (scaled to the reader's currency on adding). */
  presets: readonly TaskPreset[];
  /** An article's example to start from instead of an empty list. */
  example?: Audit | undefined;
  /** Runs in an embed: the reader's saved audit is neither read nor written. */
  embedded?: boolean;
}

// An empty audit has no chart, so it keeps no room for one either.
function ChartSlot() {
  return useStore($anyPlaced) ? (
    <WhenVisible load={loadChart} placeholderClass="chart-placeholder" />
  ) : null;
}

function ResultAnnouncer() {
  return <Announcer message={useStore($announcement)} />;
}

export default function DelegationAudit({
  texts,
  presets,
  example,
  embedded = false,
}: DelegationAuditProps) {
  // The server rendered the defaults (or the example); the saved audit or a
  // shared link's comes in once the island is mounted.
  useState(() => showFirst(example));
  useEffect(() => void startAudit({ embedded, example }), []);
  return (
    <div class="tool delegation-audit">
      <CoachNote />
      <LazySessionNotices session={auditSession} />
      <AuditFigures />
      <TaskList presets={presets} labels={texts.labels} />
      <Results texts={texts} />
      <ChartSlot />
      <WhenVisible load={loadShare} placeholderClass="share-placeholder" />
      <ResultAnnouncer />
    </div>
  );
}
