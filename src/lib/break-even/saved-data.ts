import type { SavedRecord } from "~/lib/storage/saved-record";
import { validateForm, type BreakEvenForm } from "./form-state";
import { validateScenarios, type Scenario } from "./scenarios";

/** The calculator's saved numbers. */
export const savedData: SavedRecord<BreakEvenForm> = {
  key: "handoff:break-even",
  version: 1,
  validate: validateForm,
  describe: () => "one calculation",
  // Eight numbers are quick to type again; ticks and ratings are not, so the
  // calculator alone never asks the browser to keep the site's storage.
  worthKeeping: () => false,
};

/**
 * The calculator's named scenarios, kept under their own key so the saved
 * numbers above keep their format. The backup file carries them as a record
 * of their own (src/stores/backup.ts reads `moreSavedData` of any tool).
 */
export const scenariosData: SavedRecord<Scenario[]> = {
  key: "handoff:break-even-scenarios",
  version: 1,
  validate: validateScenarios,
  describe: (list) => (list.length === 1 ? "1 scenario" : `${list.length} scenarios`),
  // Named, compared quotes take a while to gather again.
  worthKeeping: (list) => list.length > 0,
};

/** Records the calculator keeps besides its numbers, by a short name for the backup. */
export const moreSavedData: Readonly<Record<string, SavedRecord<unknown>>> = {
  scenarios: scenariosData as SavedRecord<unknown>,
};
