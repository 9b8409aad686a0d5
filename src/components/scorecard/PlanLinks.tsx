import { useState } from "preact/hooks";
import { useStore } from "~/components/ui/use-store";
import { candidateDisplayName } from "~/lib/scorecard/candidate";
import type { PlanLink } from "~/lib/scorecard/plan-links";
import { $open, $scorecard } from "~/stores/scorecard";

type PlanModule = typeof import("~/lib/scorecard/plan-links");

function Item({ link, text }: { link: PlanLink; text: string }) {
  return <li>{"href" in link ? <a href={link.href}>{text}</a> : link.missing}</li>;
}

/**
 * "Plan the hand-over with this candidate": the calculator with their quote,
 * the checklist with their name. Each opens as a shared link does, so the
 * reader's own saved calculation and checklist stay as they are until kept.
 * The links' code loads when the reader opens this.
 */
export function PlanLinks() {
  const { candidate, index } = useStore($open);
  const { currency } = useStore($scorecard);
  const [plan, setPlan] = useState<PlanModule>();
  const name = candidateDisplayName(candidate, index);
  return (
    <details
      class="plan"
      onToggle={(e) => {
        if (e.currentTarget.open && plan === undefined)
          void import("~/lib/scorecard/plan-links").then(setPlan);
      }}
    >
      <summary>Plan the hand-over with this candidate</summary>
      {plan && (
        <ul>
          <Item
            link={plan.calculatorPlanLink(candidate, name, currency)}
            text={`Is ${name}'s quote worth it? Open the break-even calculator`}
          />
          <Item
            link={plan.onboardingPlanLink(name)}
            text={`Plan ${name}'s first weeks: open the onboarding checklist`}
          />
        </ul>
      )}
    </details>
  );
}
