// The calculator's part of the summary page: the saved verdict and its figures.
import type { SummaryContext, SummaryTool } from "~/components/summary/summary-parts";
import { SummaryEmpty } from "~/components/summary/summary-parts";
import { breakEvenSummary, type BreakEvenSummary } from "~/lib/break-even/summary";
import { savedData } from "~/lib/break-even/saved-data";

// The same summary of a state from elsewhere: a coach's pack (./pack-part.ts).
export { breakEvenSummaryOf } from "~/lib/break-even/summary";

// How the summary tells "nothing saved" from a save it cannot read.
export { savedData as record };

export const readSummary = ({ stored, locale }: SummaryContext) =>
  breakEvenSummary(stored(savedData.key), locale);

export function SummarySection({
  tool,
  summary,
}: {
  tool: SummaryTool;
  summary: BreakEvenSummary | null;
}) {
  return (
    <section class="summary-section" aria-labelledby={`sum-${tool.id}`}>
      <h2 id={`sum-${tool.id}`}>{tool.name}</h2>
      {summary === null ? (
        <SummaryEmpty tool={tool} />
      ) : summary.kind === "incomplete" ? (
        <p>
          Your saved numbers have {summary.fields}{" "}
          {summary.fields === 1 ? "field" : "fields"} to fix before there is a verdict.{" "}
          <a href={tool.path}>Open the calculator</a>.
        </p>
      ) : (
        <>
          <p class={`summary-verdict tone-${summary.tone}`}>
            <strong>{summary.headline}.</strong> {summary.reason}
          </p>
          <dl class="summary-figures">
            {summary.figures.map((figure) => (
              <div key={figure.label}>
                <dt>{figure.label}</dt>
                <dd>{figure.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
