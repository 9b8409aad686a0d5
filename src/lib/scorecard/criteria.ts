/**
 * Stable ids of the twelve criteria, in the order the scorecard shows them.
 * They appear in shared links and saved state, so an id is never renamed;
 * a criterion that changes meaning gets a new id.
 */
export const CRITERION_IDS = [
  "skill",
  "trial",
  "clarity",
  "thoroughness",
  "honesty",
  "business",
  "reliability",
  "specialist",
  "overlap",
  "values",
  "price",
  "track-record",
] as const;

/** One of {@link CRITERION_IDS}. */
export type CriterionId = (typeof CRITERION_IDS)[number];

/** What each rating from 0 to 4 means for one criterion, lowest first. */
export type LevelLabels = readonly [string, string, string, string, string];

/** One thing to rate a candidate on. What to look for is in look-for.ts, loaded on demand. */
export interface Criterion {
  /** Stable id, used in links and storage. */
  readonly id: CriterionId;
  /** Short name shown as the row heading. */
  readonly name: string;
  /** Meaning of ratings 0..4 for this criterion, so a "3" reads the same to everyone. */
  readonly levels: LevelLabels;
  /** Guide section that explains the criterion: site path plus anchor. */
  readonly guide: string;
}

const CHOOSING = "/guide/choosing-the-right-person/";

/** The twelve criteria, in display order (the same order as {@link CRITERION_IDS}). */
export const CRITERIA: readonly Criterion[] = [
  {
    id: "skill",
    name: "Proven skill",
    levels: [
      "No evidence of the skill",
      "Claims it, shows nothing",
      "Some samples, unlike your task",
      "Solid samples like your task",
      "Excellent, verified work",
    ],
    guide: `${CHOOSING}#check-proven-skill`,
  },
  {
    id: "trial",
    name: "Trial task result",
    levels: [
      "Missed the brief",
      "Delivered, needs heavy rework",
      "Usable after some fixes",
      "Good, small touches only",
      "Ready to use as delivered",
    ],
    guide: `${CHOOSING}#run-a-trial-project`,
  },
  {
    id: "clarity",
    name: "Communication clarity",
    levels: [
      "Could not follow each other",
      "Frequent misunderstandings",
      "Clear with some effort",
      "Clear and easy",
      "Clear, brief, asks good questions",
    ],
    guide: "/guide/communicating-clearly/#working-across-languages",
  },
  {
    id: "thoroughness",
    name: "Thoroughness",
    levels: [
      "Skipped the question",
      "A throwaway one-liner",
      "Reasonable but thin",
      "Considered and detailed",
      "Detailed, careful, well argued",
    ],
    guide: `${CHOOSING}#ask-an-open-question`,
  },
  {
    id: "honesty",
    name: "Honesty about limits",
    levels: [
      "Overpromised or misled you",
      "Says yes to everything",
      "Admits limits when pressed",
      "Names limits unprompted",
      "Candid, with clear boundaries",
    ],
    guide: `${CHOOSING}#ask-an-open-question`,
  },
  {
    id: "business",
    name: "Business understanding",
    levels: [
      "No interest in the why",
      "Sees only the task",
      "Grasps the basic goal",
      "Links the work to your results",
      "Suggests ways to get more from it",
    ],
    guide: `${CHOOSING}#ask-an-open-question`,
  },
  {
    id: "reliability",
    name: "Responsiveness and reliability",
    levels: [
      "Goes silent, misses dates",
      "Slow and unpredictable",
      "Usually replies, some slips",
      "Prompt and on time",
      "Always on time, warns early",
    ],
    guide: "/guide/managing-by-deliverables/#judge-results-not-hours",
  },
  {
    id: "specialist",
    name: "Specialist fit",
    levels: [
      "Outside what they do",
      "A sideline for them",
      "Next to their niche",
      "Squarely in their niche",
      "A known specialist in it",
    ],
    guide: "/guide/where-to-find-contractors/#specialists-not-a-one-stop-shop",
  },
  {
    id: "overlap",
    name: "Working-hours overlap and cultural fit",
    levels: [
      "No workable overlap",
      "Hard to line up",
      "Workable with planning",
      "Good overlap, easy fit",
      "Matches your hours and style",
    ],
    guide: `${CHOOSING}#time-zones-and-culture`,
  },
  {
    id: "values",
    name: "Values and motivation",
    levels: [
      "Values clash with yours",
      "Little interest beyond the fee",
      "Hard to tell yet",
      "Shares your priorities",
      "Clearly driven by the work",
    ],
    guide: `${CHOOSING}#ask-an-open-question`,
  },
  {
    id: "price",
    name: "Price realism",
    levels: [
      "Wildly off, no reason given",
      "Far off, weak reasons",
      "Somewhat high or low",
      "Fair for the work",
      "Fair and clearly broken down",
    ],
    guide: `${CHOOSING}#look-past-the-price`,
  },
  {
    id: "track-record",
    name: "Track record",
    levels: [
      "Bad reviews or complaints",
      "Thin or mixed history",
      "Some relevant history",
      "Good record on similar work",
      "Long record, repeat clients",
    ],
    guide: `${CHOOSING}#check-proven-skill`,
  },
];

const byId = new Map<string, Criterion>(CRITERIA.map((c) => [c.id, c]));

/** True when `value` is one of the criterion ids (for checking links and storage). */
export function isCriterionId(value: unknown): value is CriterionId {
  return typeof value === "string" && byId.has(value);
}

/** The criterion with this id. */
export function criterionById(id: CriterionId): Criterion {
  // The map is built from CRITERIA, which the tests hold to CRITERION_IDS.
  return byId.get(id) as Criterion;
}
