import type { SavedRecord } from "~/lib/storage/saved-record";
import { validateForm, type BreakEvenForm } from "./form-state";

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
