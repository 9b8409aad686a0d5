import { useStore } from "~/components/ui/use-store";
import { CRITERIA } from "~/lib/scorecard/criteria";
import { MAX_WEIGHT, weightsMatchPreset } from "~/lib/scorecard/presets";
import { $scorecard, resetWeights, setWeight } from "~/stores/scorecard";

const LEVELS = Array.from({ length: MAX_WEIGHT + 1 }, (_, w) => w);

/** A weight 0 (ignore) to 5 for each criterion, and the way back to the role's own. */
export function WeightsGrid() {
  const { role, weights } = useStore($scorecard);
  return (
    <>
      <p class="hint">0 leaves a criterion out; {MAX_WEIGHT} makes it count the most.</p>
      <div class="weight-grid">
        {CRITERIA.map((c) => (
          <div key={c.id} class="weight-row">
            <label for={`sc-w-${c.id}`}>{c.name}</label>
            <select
              id={`sc-w-${c.id}`}
              value={String(weights[c.id])}
              onChange={(e) => setWeight(c.id, Number(e.currentTarget.value))}
            >
              {LEVELS.map((w) => (
                <option key={w} value={String(w)}>
                  {w === 0 ? "0 (ignore)" : w}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button
        type="button"
        class="secondary"
        disabled={weightsMatchPreset(weights, role)}
        onClick={resetWeights}
      >
        Reset to the role’s weights
      </button>
    </>
  );
}
