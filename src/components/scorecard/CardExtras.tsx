import { useStore } from "~/components/ui/use-store";
import { MAX_CANDIDATES, NOTE_MAX_LENGTH } from "~/lib/scorecard/candidate";
import {
  $open,
  $scorecard,
  duplicateCandidate,
  removeCandidate,
  setNote,
} from "~/stores/scorecard";
import { DealbreakerChecks } from "./DealbreakerChecks";
import { PlanLinks } from "./PlanLinks";
import { PriceCheck } from "./PriceCheck";

/** The bottom of the open candidate's card: dealbreakers, price, note, hand-over plan, duplicate and remove. */
export function CardExtras() {
  const { candidate } = useStore($open);
  const { candidates } = useStore($scorecard);
  const id = `sc-${candidate.id}`;
  return (
    <>
      <DealbreakerChecks candidate={candidate} />
      <PriceCheck />
      <div class="field">
        <label for={`${id}-note`}>Note</label>
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={candidate.note}
          onInput={(e) => setNote(candidate.id, e.currentTarget.value)}
        />
      </div>
      <PlanLinks />
      <p class="actions">
        <button
          type="button"
          class="secondary"
          disabled={candidates.length >= MAX_CANDIDATES}
          onClick={() => duplicateCandidate(candidate.id)}
        >
          Duplicate
        </button>
        {candidates.length > 1 && (
          <button
            type="button"
            class="secondary"
            onClick={() => removeCandidate(candidate.id)}
          >
            Remove
          </button>
        )}
      </p>
    </>
  );
}
