import type { SavedRecord } from "~/lib/storage/saved-record";
import { countOf } from "~/lib/format/count-of";
import { isRated, type Scorecard } from "./candidate";
import { validateScorecard } from "./validate-scorecard";

/** The scorecard's candidates, ratings and weights. */
export const savedData: SavedRecord<Scorecard> = {
  key: "handoff:scorecard",
  version: 1,
  validate: validateScorecard,
  describe: ({ candidates }) =>
    `${countOf(candidates.length, "candidate")}, ${candidates.filter(isRated).length} rated`,
  worthKeeping: ({ candidates }) => candidates.some(isRated),
};
