// The audit's answer at a glance, live as the reader types: how many tasks
// to hand over first and the hours they give back. The figures and the
// groups below it load as the reader scrolls near them (ResultDetails.tsx).
import { useMemo } from "preact/hooks";
import { useStore } from "~/components/ui/use-store";
import { WhenVisible } from "~/components/ui/WhenVisible";
import type { AuditTexts } from "~/lib/delegation-audit/reasons";
import { formatNumber } from "~/lib/format/format-number";
import { $audit, $locale, $result } from "~/stores/delegation-audit";

function Headline() {
  const { tasks } = useStore($audit);
  const { groups, totals } = useStore($result);
  const locale = useStore($locale);
  const first = groups.first.length;
  const hours = formatNumber(totals.hoursPerWeek, locale, 1);
  // Before any task, the line is an instruction, set as body text, not a verdict.
  return (
    <p class={tasks.length === 0 ? "headline waiting" : "headline"}>
      {tasks.length === 0
        ? "Add your tasks above and each one will show here, placed and explained."
        : first === 0
          ? "Nothing to hand over first yet"
          : `Hand over ${first} ${first === 1 ? "task" : "tasks"} first: ${hours} ${totals.hoursPerWeek === 1 ? "hour" : "hours"} a week back`}
    </p>
  );
}

export function Results({ texts }: { texts: AuditTexts }) {
  const load = useMemo(
    () => () =>
      import("./ResultDetails").then(
        ({ ResultDetails }) =>
          function Details() {
            return <ResultDetails texts={texts} />;
          },
      ),
    [texts],
  );
  return (
    <section class="audit-results verdict" aria-labelledby="da-results-title">
      <h2 id="da-results-title">What to hand over first</h2>
      <Headline />
      <WhenVisible load={load} placeholderClass="details-placeholder" />
    </section>
  );
}
