// The reader's checklist with its progress, exports and reset. Loaded when it
// comes into view (see Onboarding.tsx), with the item catalogue it needs.
import { useStore } from "~/components/ui/use-store";
import { Announcer } from "~/components/ui/Announcer";
import { answerSummary } from "~/lib/onboarding/answer-summary";
import { $answers, $contractor } from "~/stores/onboarding";
import { $progress } from "~/stores/onboarding-checklist";
import { ExportBar } from "./ExportBar";
import { Heading, type HeadingLevel } from "./Heading";
import { PhaseList } from "./PhaseList";
import { ProgressBar } from "./ProgressBar";
import { ResetTicks } from "./ResetTicks";

/** On paper the form is gone, so the list says what it was made for. */
function PrintSummary() {
  const answers = useStore($answers);
  return (
    <dl class="ob-print-summary">
      {answerSummary(answers).map((line) => (
        <div key={line.label}>
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}

// Subscribes to the progress only: a new start date re-renders the summary
// and the dates, not the list around them.
export function Checklist({ headingLevel }: { headingLevel: HeadingLevel }) {
  const progress = useStore($progress);
  const { done, total } = progress.overall;
  const contractor = useStore($contractor).trim();
  return (
    <section class="ob-checklist" aria-labelledby="ob-checklist-title">
      <Heading level={headingLevel} id="ob-checklist-title">
        {contractor === "" ? "Your checklist" : `Hand-over plan for ${contractor}`}
      </Heading>
      <PrintSummary />
      <ProgressBar id="ob-progress-all" label="Overall" tally={progress.overall} />
      <p class="ob-jump no-print">
        <a href="#ob-exports">Save, print or share this list</a>
      </p>
      <PhaseList headingLevel={headingLevel} />
      <ExportBar headingLevel={headingLevel} />
      <ResetTicks />
      <Announcer message={`Checklist of ${total} items, ${done} done.`} />
    </section>
  );
}
