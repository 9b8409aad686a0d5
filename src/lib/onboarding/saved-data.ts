import type { SavedRecord } from "~/lib/storage/saved-record";
import { countOf } from "~/lib/format/count-of";
import { validateSavedState, type OnboardingState } from "./saved-state";

/** The checklist's answers and ticked steps. */
export const savedData: SavedRecord<OnboardingState> = {
  key: "handoff:onboarding",
  version: 1,
  validate: validateSavedState,
  describe: ({ ticks }) => `your answers and ${countOf(ticks.length, "ticked step")}`,
  worthKeeping: ({ ticks }) => ticks.length > 0,
};
