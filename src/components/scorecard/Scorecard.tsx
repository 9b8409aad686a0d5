// The candidate scorecard island: on /tools/scorecard/ and embedded in the
// "choosing the right person" guide (`<Scorecard client:visible />`). It only
// wires the store to the view pieces; the scoring lives in src/lib/scorecard.
import { useStore } from "~/components/ui/use-store";
import { useEffect } from "preact/hooks";
import { Announcer } from "~/components/ui/Announcer";
import { CoachNote } from "~/components/ui/coach-note/CoachNote";
import { LazySessionNotices } from "~/components/ui/LazySessionNotices";
import { WhenVisible } from "~/components/ui/WhenVisible";
import type { Scorecard as ScorecardState } from "~/lib/scorecard/candidate";
import { $openResult, scorecardSession, startScorecard } from "~/stores/scorecard";
import { CandidateCard } from "./CandidateCard";
import { CandidatePicker } from "./CandidatePicker";
import { RolePanel } from "./RolePanel";

const loadComparison = () => import("./Comparison").then((m) => m.Comparison);

interface Props {
  /** Runs in an embed: the reader's saved scorecard is neither read nor written. */
  embedded?: boolean;
  /** A guide's example to start from when the reader has nothing saved. */
  example?: ScorecardState | undefined;
}

/** What the live region says once the reader pauses: the open candidate's result. */
function ResultAnnouncer() {
  return <Announcer message={useStore($openResult).announcement} />;
}

// The root subscribes to nothing: the result is worked out where it is shown.
export default function Scorecard({ embedded = false, example }: Props) {
  // The server rendered the defaults, so hydration does too; the saved
  // scorecard or a shared link's comes in once the island is mounted.
  useEffect(() => void startScorecard({ embedded, example }), []);
  return (
    <div class="tool scorecard">
      <CoachNote />
      <LazySessionNotices session={scorecardSession} />
      <RolePanel />
      <div class="scorecard-columns">
        <section class="candidates" aria-labelledby="sc-candidates-title">
          <h2 id="sc-candidates-title">Candidates</h2>
          <CandidatePicker />
          <CandidateCard />
        </section>
        <WhenVisible
          load={loadComparison}
          placeholderClass="comparison-placeholder"
          placeholderId="sc-comparison-title"
        />
      </div>
      <ResultAnnouncer />
    </div>
  );
}
