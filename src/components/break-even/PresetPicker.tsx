import { useStore } from "~/components/ui/use-store";
import type { TaskPreset } from "~/lib/break-even/presets";
import { $preset, applyPreset } from "~/stores/break-even";

/** "Start from a typical task": fills realistic numbers and says what they assume. */
export function PresetPicker({ presets }: { presets: readonly TaskPreset[] }) {
  const chosen = useStore($preset);
  const preset = presets.find((p) => p.id === chosen);
  return (
    <div class="field preset">
      <label for="be-preset">Start from a typical task</label>
      <select
        id="be-preset"
        value={chosen}
        onChange={(e) => {
          const chosen = presets.find((p) => p.id === e.currentTarget.value);
          if (chosen) applyPreset(chosen);
        }}
      >
        <option value="">Your own numbers</option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      {preset && (
        <p class="hint">
          Filled in typical numbers for {preset.label.toLowerCase()}: {preset.note} Change
          anything to match your case.
        </p>
      )}
    </div>
  );
}
