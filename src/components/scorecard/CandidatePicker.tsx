import { useStore } from "~/components/ui/use-store";
import { candidateDisplayName, MAX_CANDIDATES } from "~/lib/scorecard/candidate";
import {
  $open,
  $ranked,
  $removed,
  $scorecard,
  addCandidate,
  forgetRemoved,
  openCandidate,
  undoRemove,
} from "~/stores/scorecard";

/** One button per candidate (the open one pressed), "Add candidate", and undo after a removal. */
export function CandidatePicker() {
  const { candidates } = useStore($scorecard);
  const { candidate: open } = useStore($open);
  const ranked = useStore($ranked);
  const removed = useStore($removed);
  const score = (id: string) =>
    ranked.find((r) => r.candidate.id === id)?.result.scoreRounded ?? null;
  return (
    <div class="picker">
      <div role="group" aria-label="Candidate to rate" class="chips">
        {candidates.map((c, i) => {
          const value = score(c.id);
          return (
            <button
              key={c.id}
              type="button"
              class="chip"
              aria-pressed={c.id === open.id}
              onClick={() => openCandidate(c.id)}
            >
              {candidateDisplayName(c, i)}
              <span class="chip-score">
                {value === null ? (
                  <span class="visually-hidden">, no score yet</span>
                ) : (
                  <>
                    <span class="visually-hidden">, score </span>
                    {value}
                  </>
                )}
              </span>
            </button>
          );
        })}
        {candidates.length < MAX_CANDIDATES && (
          <button type="button" class="chip add" onClick={addCandidate}>
            Add candidate
          </button>
        )}
      </div>
      <p role="status" class="undo">
        {removed && (
          <>
            Removed {candidateDisplayName(removed.candidate, removed.index)}.{" "}
            <button type="button" class="secondary" onClick={undoRemove}>
              Undo
            </button>{" "}
            <button type="button" class="secondary" onClick={forgetRemoved}>
              Dismiss
            </button>
          </>
        )}
      </p>
    </div>
  );
}
