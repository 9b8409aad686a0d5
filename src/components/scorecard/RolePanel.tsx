import { useStore } from "~/components/ui/use-store";
import { presetById, PRESETS, type PresetId } from "~/lib/scorecard/presets";
import { $scorecard, setRole } from "~/stores/scorecard";
import { WeightsPanel } from "./WeightsPanel";

/** The role being hired for and the weights it sets. */
export function RolePanel() {
  const { role } = useStore($scorecard);
  return (
    <section class="role-panel" aria-labelledby="sc-role-title">
      <h2 id="sc-role-title">Role and weights</h2>
      <div class="field">
        <label for="sc-role">Role you are hiring for</label>
        <p class="hint" id="sc-role-hint">
          {presetById(role).description}
        </p>
        <select
          id="sc-role"
          aria-describedby="sc-role-hint"
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as PresetId)}
        >
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <WeightsPanel />
    </section>
  );
}
