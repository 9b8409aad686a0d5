// The checklist's part of the summary page: progress and the next steps due.
import type { SummaryContext, SummaryTool } from "~/components/summary/summary-parts";
import { SummaryEmpty } from "~/components/summary/summary-parts";
import { onboardingSummary, type OnboardingSummary } from "~/lib/onboarding/summary";
import { savedData } from "~/lib/onboarding/saved-data";

// The same summary of a state from elsewhere: a coach's pack (./pack-part.ts).
export { onboardingSummaryOf } from "~/lib/onboarding/summary";

// How the summary tells "nothing saved" from a save it cannot read.
export { savedData as record };

export const readSummary = ({ stored, today, locale }: SummaryContext) =>
  onboardingSummary(stored(savedData.key), today, locale);

export function SummarySection({
  tool,
  summary,
}: {
  tool: SummaryTool;
  summary: OnboardingSummary | null;
}) {
  return (
    <section class="summary-section" aria-labelledby={`sum-${tool.id}`}>
      <h2 id={`sum-${tool.id}`}>{tool.name}</h2>
      {summary === null ? (
        <SummaryEmpty tool={tool} />
      ) : (
        <>
          <p>
            Starting {summary.start}: {summary.progress.done} of {summary.progress.total}{" "}
            steps done ({summary.progress.percent}%).
          </p>
          {summary.next.length === 0 ? (
            <p>Every step is ticked off.</p>
          ) : (
            <>
              <h3>Next up</h3>
              <ul class="summary-due">
                {summary.next.map((item, i) => (
                  <li key={i}>
                    <span class="summary-date">
                      {item.due}
                      {item.overdue && " (overdue)"}
                    </span>{" "}
                    {item.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
