// The delegation audit's part of the summary page: the saved plan in brief.
import type { SummaryContext, SummaryTool } from "~/components/summary/summary-parts";
import { SummaryEmpty } from "~/components/summary/summary-parts";
import { savedData } from "~/lib/delegation-audit/saved-data";
import { auditSummary, type AuditSummary } from "~/lib/delegation-audit/summary";
import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";

// The same summary of a state from elsewhere: a coach's pack (./pack-part.ts).
export { auditSummaryOf } from "~/lib/delegation-audit/summary";

// How the summary tells "nothing saved" from a save it cannot read.
export { savedData as record };

export const readSummary = ({ stored, locale }: SummaryContext) => {
  const summary = auditSummary(stored(savedData.key));
  return summary && { summary, locale };
};

export function SummarySection({
  tool,
  summary: read,
}: {
  tool: SummaryTool;
  summary: { summary: AuditSummary; locale: string } | null;
}) {
  return (
    <section class="summary-section" aria-labelledby={`sum-${tool.id}`}>
      <h2 id={`sum-${tool.id}`}>What to hand over first</h2>
      {read === null ? (
        <SummaryEmpty tool={tool} />
      ) : (
        <>
          <p>
            Hours back: {formatNumber(read.summary.totals.hoursPerWeek, read.locale, 1)} a
            week, for{" "}
            {formatMoney(
              read.summary.totals.costPerMonth,
              read.summary.currency,
              read.locale,
            )}{" "}
            a month
            {read.summary.specialists.length > 0 &&
              `, from ${read.summary.specialists.length} ${read.summary.specialists.length === 1 ? "specialist" : "specialists"} (${read.summary.specialists.join(", ")})`}
            .
          </p>
          <dl class="summary-groups">
            {read.summary.groups.map((group) => (
              <div key={group.title}>
                <dt>{group.title}</dt>
                <dd>{group.tasks.join(", ")}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
