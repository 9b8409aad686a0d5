// Which points of the source catalogue (the Sources page) each criterion and
// dealbreaker draws on. Kept apart from criteria.ts and dealbreakers.ts, which
// the scorecard loads on every visit, because only the tests and the people
// who maintain the criteria read them.
import type { CriterionId } from "./criteria";
import type { DealbreakerId } from "./dealbreakers";

/** The source points behind each criterion. */
export const CRITERION_SOURCES: Readonly<Record<CriterionId, readonly string[]>> = {
  skill: ["S1.2", "S3.3"],
  trial: ["S3.3", "S4.8"],
  clarity: ["S1.2", "S5.1"],
  thoroughness: ["S1.2"],
  honesty: ["S1.2"],
  business: ["S1.2", "S5.1"],
  reliability: ["S1.1", "S4.9"],
  specialist: ["S4.3", "S4.2"],
  overlap: ["S3.3"],
  values: ["S3.3", "S5.1"],
  price: ["S4.1", "S3.3", "S2.5"],
  "track-record": ["S3.3", "S1.1"],
};

/** The source points behind each dealbreaker. */
export const DEALBREAKER_SOURCES: Readonly<Record<DealbreakerId, readonly string[]>> = {
  "failed-trial": ["S3.3", "S4.8"],
  "copied-work": ["S2.2"],
  "missed-deadline": ["S4.9"],
  "off-platform": ["S1.1"],
};
