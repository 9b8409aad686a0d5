// The checklist's phases, in order, each with its progress and its items.
import { useStore } from "~/components/ui/use-store";
import { $locale } from "~/stores/onboarding";
import { $listing, $progress, $tickSet } from "~/stores/onboarding-checklist";
import { ChecklistItem } from "./ChecklistItem";
import { Heading, type HeadingLevel } from "./Heading";
import { ProgressBar } from "./ProgressBar";

export function PhaseList({ headingLevel }: { headingLevel: HeadingLevel }) {
  const checklist = useStore($listing);
  const progress = useStore($progress);
  const ticks = useStore($tickSet);
  const locale = useStore($locale);
  return (
    <>
      {checklist.phases.map((phase, i) => {
        const titleId = `ob-phase-${phase.id}`;
        const tally = progress.phases[i] ?? { done: 0, total: 0, percent: 0 };
        return (
          <section class="ob-phase" key={phase.id}>
            <Heading level={headingLevel === 2 ? 3 : 4} id={titleId}>
              {phase.title}
            </Heading>
            <ProgressBar id={`${titleId}-progress`} titleId={titleId} tally={tally} />
            <ul class="ob-items">
              {phase.items.map((item) => (
                <ChecklistItem
                  key={item.id}
                  id={item.id}
                  text={item.text}
                  why={item.why}
                  guide={item.guide}
                  ticked={ticks.has(item.id)}
                  locale={locale}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
