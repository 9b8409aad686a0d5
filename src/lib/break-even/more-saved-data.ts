// What the calculator keeps besides its numbers. A file of its own, not part
// of saved-data.ts, because the summary page reads saved-data.ts at start and
// has no use for these.
import type { SavedRecord } from "~/lib/storage/saved-record";
import { validateScenarios, type Scenario } from "./scenarios";

/**
 * The calculator's named scenarios, kept under their own key so the saved
 * numbers above keep their format. The backup file carries them as a record
 * of their own (src/stores/backup.ts reads src/lib/<id>/more-saved-data.ts of any tool).
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
