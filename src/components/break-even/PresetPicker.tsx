import { useStore } from "~/components/ui/use-store";
import type { FormLabels } from "~/lib/break-even/field-hints";
import { fillIn } from "~/lib/break-even/fill-in";
import type { TaskPreset } from "~/lib/break-even/presets";
import { $preset } from "~/stores/break-even";

// Arrow keys (and typing a letter) move through a closed list one option at a
// time, and browsers report each step as a change. Applying each step would
// replace the reader's numbers as they merely look, so a change made by a key
// waits until the reader presses Enter or leaves the list; a choice made with
// the pointer (no key pressed since the list was last left) applies at once.
let browsing = false;

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
  const choose = ({ currentTarget: { value } }: { currentTarget: HTMLSelectElement }) => {
    browsing = false;
    if (value !== $preset.get())
      void import("~/stores/break-even-preset").then((m) =>
        m.choosePreset(presets.find((p) => p.id === value)),
      );
  };
  return (
    <div class="field preset">
      <label for="be-preset">{labels.preset}</label>
      <select
        id="be-preset"
        value={chosen}
        onKeyDown={(e) => (e.key === "Enter" ? choose(e) : (browsing = true))}
        onChange={(e) => browsing || choose(e)}
        onBlur={choose}
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
