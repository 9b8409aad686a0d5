import { useStore } from "~/components/ui/use-store";
import { candidateDisplayName, MAX_CANDIDATES } from "~/lib/scorecard/candidate";
import {
  $open,
  $ranked,
  $scorecard,
  addCandidate,
  openCandidate,
} from "~/stores/scorecard";

/** One button per candidate (the open one pressed), "Add candidate", (a removal's Undo is the tool's, in SessionNotices). */
export function CandidatePicker() {
  const { candidates } = useStore($scorecard);
  const { candidate: open } = useStore($open);
  const ranked = useStore($ranked);
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
    </div>
  );
}
