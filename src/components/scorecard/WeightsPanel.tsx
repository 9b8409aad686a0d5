import { useStore } from "~/components/ui/use-store";
import { WhenVisible } from "~/components/ui/WhenVisible";
import { presetById, weightsMatchPreset } from "~/lib/scorecard/presets";
import { $scorecard } from "~/stores/scorecard";

// The controls load when the reader opens the panel: hidden content is never visible.
const loadGrid = () => import("./WeightsGrid").then((m) => m.WeightsGrid);

/** How much each criterion counts, folded away until wanted. */
export function WeightsPanel() {
  const { role, weights } = useStore($scorecard);
  return (
    <details class="weights">
      <summary>
        Weights{" "}
        <span class="muted">
          {weightsMatchPreset(weights, role)
            ? `as set for ${presetById(role).label.toLowerCase()}`
            : "changed by you"}
        </span>
      </summary>
      <WhenVisible load={loadGrid} placeholderClass="weights-placeholder" />
    </details>
  );
}
