// The audit's answer under its headline (Results.tsx): the plan's totals,
// then the four groups, each task with its reason (linked to the guide section
// behind it) and, for tasks to hand over, a link that opens the break-even
// calculator with that task. Loaded as the reader scrolls near it.
import { useEffect, useState } from "preact/hooks";
import { useStore } from "~/components/ui/use-store";
import { taskDisplayName } from "~/lib/delegation-audit/audit";
import type { AuditLabels } from "~/lib/delegation-audit/labels";
import type { AuditResult, PlacedTask } from "~/lib/delegation-audit/audit-result";
import { GROUPS, type Group } from "~/lib/delegation-audit/place-task";
import type { AuditTexts } from "~/lib/delegation-audit/reasons";
import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import { $audit, $locale, $result } from "~/stores/delegation-audit";

const SPECIALISTS_HREF =
  "/guide/where-to-find-contractors/#specialists-not-a-one-stop-shop";
const BUDGET_HREF = "/guide/should-you-outsource/#set-aside-a-budget";

type CalculatorLink =
  typeof import("~/lib/delegation-audit/calculator-link").calculatorLink;

/** "a, b and c" */
const list = (items: readonly string[]) =>
  items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** Everything below the headline: the plan's figures, then the four groups. */
export function ResultDetails({ texts }: { texts: AuditTexts }) {
  const audit = useStore($audit);
  const result = useStore($result);
  const locale = useStore($locale);
  // The calculator's address code is shared with the scorecard, so it is a
  // chunk of its own: loaded from here rather than listed among this part's
  // dependencies in the page's first download.
  const [calculatorLink, setCalculatorLink] = useState<CalculatorLink>();
  useEffect(() => {
    void import("~/lib/delegation-audit/calculator-link").then((m) =>
      setCalculatorLink(() => m.calculatorLink),
    );
  }, []);
  const money = (x: number) => formatMoney(x, audit.currency, locale);
  const hours = (x: number) =>
    `${formatNumber(x, locale, 1)} ${x === 1 ? "hour" : "hours"}`;
  if (audit.tasks.length === 0) return null;
  return (
    <>
      <Totals result={result} money={money} hours={hours} family={texts.labels.family} />
      {GROUPS.map((group) => (
        <GroupList
          key={group}
          group={group}
          tasks={result.groups[group]}
          texts={texts}
          money={money}
          hours={hours}
          link={(p) =>
            calculatorLink && (group === "first" || group === "next")
              ? calculatorLink(p, audit)
              : null
          }
        />
      ))}
    </>
  );
}

function Totals({
  result,
  money,
  hours,
  family,
}: {
  result: AuditResult;
  money: (x: number) => string;
  hours: (x: number) => string;
  family: AuditLabels["family"];
}) {
  const { totals, specialists, goal } = result;
  const locale = useStore($locale);
  const first = result.groups.first.length;
  return (
    <div class="audit-plan">
      <dl class="figures">
        <div>
          <dt>Hours back</dt>
          <dd>
            {hours(totals.hoursPerWeek)} a week, {hours(totals.hoursPerMonth)} a month
          </dd>
        </div>
        <div>
          <dt>Cost at the contractors' rates</dt>
          <dd>{money(totals.costPerMonth)} a month</dd>
        </div>
        <div>
          <dt>Those hours at your hourly value</dt>
          <dd>{money(totals.worthPerMonth)} a month</dd>
        </div>
        <div>
          <dt>Net</dt>
          <dd>
            <strong>{money(totals.netPerMonth)}</strong> a month
          </dd>
        </div>
      </dl>
      {totals.revenueShare !== null && first > 0 && (
        <p>
          Set aside about{" "}
          <strong>{formatNumber(totals.revenueShare * 100, locale, 0)}%</strong> of your
          monthly revenue to pay for it (<a href={BUDGET_HREF}>setting a budget</a>).
        </p>
      )}
      {specialists.length > 0 && (
        <p>
          It needs{" "}
          {specialists.length === 1
            ? "one kind of specialist"
            : `${specialists.length} different specialists`}
          : {list(specialists.map((f) => family[f]))} (
          <a href={SPECIALISTS_HREF}>why one person rarely covers it all</a>).
        </p>
      )}
      {goal.kind === "met" && <p>That meets your goal of {hours(goal.goal)} a week.</p>}
      {goal.kind === "short" && (
        <p>
          That is {hours(goal.missing)} a week short of your goal of {hours(goal.goal)}.{" "}
          {goal.add === null
            ? "Even every other task you could hand over would not close the gap: add tasks, or lower the goal."
            : `Adding ${list(goal.add.map((p) => `${taskDisplayName(p.task, p.index)}${p.group === "steer" ? " (once you can steer it)" : ""}`))} would reach it.`}
        </p>
      )}
    </div>
  );
}

function GroupList({
  group,
  tasks,
  texts,
  money,
  hours,
  link,
}: {
  group: Group;
  tasks: readonly PlacedTask[];
  texts: AuditTexts;
  money: (x: number) => string;
  hours: (x: number) => string;
  link: (placed: PlacedTask) => string | null;
}) {
  const { title, lead } = texts.groups[group];
  const headingId = `da-group-${group}`;
  return (
    <section class={`audit-group ${group}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} <span class="count">({tasks.length})</span>
      </h3>
      {tasks.length === 0 ? (
        <p class="hint">No tasks here.</p>
      ) : (
        <>
          <p class="hint">{lead}</p>
          <ol>
            {tasks.map((placed) => {
              const href = link(placed);
              const name = taskDisplayName(placed.task, placed.index);
              const reason = texts.reasons[placed.reason];
              return (
                <li key={placed.task.id}>
                  <strong>{name}</strong>: {hours(placed.hoursPerWeek)} a week
                  {group !== "keep" && placed.task.rate !== null && (
                    <>, {money(placed.costPerMonth)} a month</>
                  )}
                  . {reason.text}{" "}
                  <a href={reason.href}>
                    Why<span class="visually-hidden"> {name} is here</span>
                  </a>
                  {href && (
                    <>
                      {" "}
                      <a class="check-link" href={href}>
                        Check it in the break-even calculator
                        <span class="visually-hidden">: {name}</span>
                      </a>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
