import type { Candidate } from "~/lib/scorecard/candidate";
import { DEALBREAKERS } from "~/lib/scorecard/dealbreakers";
import { setDealbreaker } from "~/stores/scorecard";

/** The red flags that override any score, as tick boxes, each linked to the guide. */
export function DealbreakerChecks({ candidate }: { candidate: Candidate }) {
  return (
    <fieldset class="dealbreakers">
      <legend>Dealbreakers</legend>
      <p class="hint">Any one of these rules the candidate out, whatever the score.</p>
      {DEALBREAKERS.map((d) => {
        const id = `sc-${candidate.id}-${d.id}`;
        return (
          <div key={d.id} class="check">
            <input
              id={id}
              type="checkbox"
              checked={candidate.dealbreakers.includes(d.id)}
              onChange={(e) =>
                setDealbreaker(candidate.id, d.id, e.currentTarget.checked)
              }
            />
            <label for={id}>{d.label}</label>
            <a class="why" href={d.guide}>
              Why<span class="visually-hidden">: {d.label.toLowerCase()}</span>
            </a>
          </div>
        );
      })}
    </fieldset>
  );
}
