import { useStore } from "~/components/ui/use-store";
import type { FormLabels } from "~/lib/break-even/field-hints";
import { fillIn } from "~/lib/break-even/fill-in";
import type { TaskPreset } from "~/lib/break-even/presets";
import { $preset, applyPreset } from "~/stores/break-even";

/** "Start from a typical task": fills realistic numbers and says what they assume. */
export function PresetPicker({
  presets,
  labels,
}: {
  presets: readonly TaskPreset[];
  labels: FormLabels;
}) {
  const chosen = useStore($preset);
  const preset = presets.find((p) => p.id === chosen);
  return (
    <div class="field preset">
      <label for="be-preset">{labels.preset}</label>
      <select
        id="be-preset"
        value={chosen}
        onChange={(e) => {
          const chosen = presets.find((p) => p.id === e.currentTarget.value);
          if (chosen) applyPreset(chosen);
        }}
      >
        <option value="">{labels.ownNumbers}</option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      {preset && (
        <p class="hint">
          {fillIn(labels.presetFilled, {
            task: preset.label.toLowerCase(),
            note: preset.note,
          })}
        </p>
      )}
    </div>
  );
}
