// The scorecard's part of the summary page: the saved candidates, ranked.
import type { SummaryContext, SummaryTool } from "~/components/summary/summary-parts";
import { SummaryEmpty } from "~/components/summary/summary-parts";
import { scorecardSummary, type ScorecardSummary } from "~/lib/scorecard/summary";
import { savedData } from "~/lib/scorecard/saved-data";

// The same summary of a state from elsewhere: a coach's pack (./pack-part.ts).
export { scorecardSummaryOf } from "~/lib/scorecard/summary";

// How the summary tells "nothing saved" from a save it cannot read.
export { savedData as record };

export const readSummary = ({ stored }: SummaryContext) =>
  scorecardSummary(stored(savedData.key));

export function SummarySection({
  tool,
  summary,
}: {
  tool: SummaryTool;
  summary: ScorecardSummary | null;
}) {
  return (
    <section class="summary-section" aria-labelledby={`sum-${tool.id}`}>
      <h2 id={`sum-${tool.id}`}>Candidate ranking</h2>
      {summary === null ? (
        <SummaryEmpty tool={tool} />
      ) : (
        <>
          {summary.role && <p class="muted">Role: {summary.role}</p>}
          <table class="summary-table">
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col">Candidate</th>
                <th scope="col">Score</th>
                <th scope="col">Evidence</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {summary.candidates.map((line, i) => (
                <tr key={i}>
                  <td>{line.place}</td>
                  <th scope="row">{line.name}</th>
                  <td>{line.score}</td>
                  <td>{line.evidencePercent}%</td>
                  <td>{line.band}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <strong>Next step:</strong> {summary.nextStep}
          </p>
        </>
      )}
    </section>
  );
}
