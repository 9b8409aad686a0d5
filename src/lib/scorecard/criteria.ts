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

/** One thing to rate a candidate on. */
export interface Criterion {
  /** Stable id, used in links and storage. */
  readonly id: CriterionId;
  /** Short name shown as the row heading. */
  readonly name: string;
  /** One or two sentences on what evidence to look for. */
  readonly lookFor: string;
  /** Meaning of ratings 0..4 for this criterion, so a "3" reads the same to everyone. */
  readonly levels: LevelLabels;
  /** Guide section that explains the criterion: site path plus anchor. */
  readonly guide: string;
  /** Points of the source catalogue (see the Sources page) the criterion draws on. */
  readonly sources: readonly string[];
}

const CHOOSING = "/guide/choosing-the-right-person/";

/** The twelve criteria, in display order (the same order as {@link CRITERION_IDS}). */
export const CRITERIA: readonly Criterion[] = [
  {
    id: "skill",
    name: "Proven skill",
    lookFor:
      "Samples close to your task and any skill tests the platform has verified, such as a language test. Judge what they can show, not what they claim.",
    levels: [
      "No evidence of the skill",
      "Claims it, shows nothing",
      "Some samples, unlike your task",
      "Solid samples like your task",
      "Excellent, verified work",
    ],
    guide: `${CHOOSING}#check-proven-skill`,
    sources: ["S1.2", "S3.3"],
  },
  {
    id: "trial",
    name: "Trial task result",
    lookFor:
      "A short, paid test with a clear start and finish. Did they deliver what you asked, by the date agreed, to the standard you need?",
    levels: [
      "Missed the brief",
      "Delivered, needs heavy rework",
      "Usable after some fixes",
      "Good, small touches only",
      "Ready to use as delivered",
    ],
    guide: `${CHOOSING}#run-a-trial-project`,
    sources: ["S3.3", "S4.8"],
  },
  {
    id: "clarity",
    name: "Communication clarity",
    lookFor:
      "How easily you understand each other, in writing and on a call, in the language the work needs. Misreadings at this stage turn into wrong work later.",
    levels: [
      "Could not follow each other",
      "Frequent misunderstandings",
      "Clear with some effort",
      "Clear and easy",
      "Clear, brief, asks good questions",
    ],
    guide: "/guide/communicating-clearly/#working-across-languages",
    sources: ["S1.2", "S5.1"],
  },
  {
    id: "thoroughness",
    name: "Thoroughness",
    lookFor:
      "Pose an open question with no right answer. A full, considered reply shows someone who thinks things through; a throwaway line shows the opposite.",
    levels: [
      "Skipped the question",
      "A throwaway one-liner",
      "Reasonable but thin",
      "Considered and detailed",
      "Detailed, careful, well argued",
    ],
    guide: `${CHOOSING}#ask-an-open-question`,
    sources: ["S1.2"],
  },
  {
    id: "honesty",
    name: "Honesty about limits",
    lookFor:
      "Do they tell you what they cannot do, or when they are too busy, and keep sensible boundaries? A balanced answer is worth more than a promise of everything.",
    levels: [
      "Overpromised or misled you",
      "Says yes to everything",
      "Admits limits when pressed",
      "Names limits unprompted",
      "Candid, with clear boundaries",
    ],
    guide: `${CHOOSING}#ask-an-open-question`,
    sources: ["S1.2"],
  },
  {
    id: "business",
    name: "Business understanding",
    lookFor:
      "Do they see why the work matters to your business and think in terms of return, not only the task in front of them?",
    levels: [
      "No interest in the why",
      "Sees only the task",
      "Grasps the basic goal",
      "Links the work to your results",
      "Suggests ways to get more from it",
    ],
    guide: `${CHOOSING}#ask-an-open-question`,
    sources: ["S1.2", "S5.1"],
  },
  {
    id: "reliability",
    name: "Responsiveness and reliability",
    lookFor:
      "How quickly and how steadily they reply, and whether they keep the dates they agree to, or warn you early when they cannot.",
    levels: [
      "Goes silent, misses dates",
      "Slow and unpredictable",
      "Usually replies, some slips",
      "Prompt and on time",
      "Always on time, warns early",
    ],
    guide: "/guide/managing-by-deliverables/#judge-results-not-hours",
    sources: ["S1.1", "S4.9"],
  },
  {
    id: "specialist",
    name: "Specialist fit",
    lookFor:
      "Contractors are strongest in a niche. Is your task the heart of what they do, or one more service on a long list?",
    levels: [
      "Outside what they do",
      "A sideline for them",
      "Next to their niche",
      "Squarely in their niche",
      "A known specialist in it",
    ],
    guide: "/guide/where-to-find-contractors/#specialists-not-a-one-stop-shop",
    sources: ["S4.3", "S4.2"],
  },
  {
    id: "overlap",
    name: "Working-hours overlap and cultural fit",
    lookFor:
      "Enough shared working hours for the way you work, and habits and expectations that sit well with yours and your customers'.",
    levels: [
      "No workable overlap",
      "Hard to line up",
      "Workable with planning",
      "Good overlap, easy fit",
      "Matches your hours and style",
    ],
    guide: `${CHOOSING}#time-zones-and-culture`,
    sources: ["S3.3"],
  },
  {
    id: "values",
    name: "Values and motivation",
    lookFor:
      "What drives them, and whether they care about what you care about. Talk for long enough to learn why they want this particular work.",
    levels: [
      "Values clash with yours",
      "Little interest beyond the fee",
      "Hard to tell yet",
      "Shares your priorities",
      "Clearly driven by the work",
    ],
    guide: `${CHOOSING}#ask-an-open-question`,
    sources: ["S3.3", "S5.1"],
  },
  {
    id: "price",
    name: "Price realism",
    lookFor:
      "Does the quote fit the skill and effort the job takes? Expert work comes at expert rates, and a bid far below the rest often hides cut corners.",
    levels: [
      "Wildly off, no reason given",
      "Far off, weak reasons",
      "Somewhat high or low",
      "Fair for the work",
      "Fair and clearly broken down",
    ],
    guide: `${CHOOSING}#look-past-the-price`,
    sources: ["S4.1", "S3.3", "S2.5"],
  },
  {
    id: "track-record",
    name: "Track record",
    lookFor:
      "Past clients, reviews and repeat work on jobs like yours. Years of steady, well-rated delivery count for more than a polished profile.",
    levels: [
      "Bad reviews or complaints",
      "Thin or mixed history",
      "Some relevant history",
      "Good record on similar work",
      "Long record, repeat clients",
    ],
    guide: `${CHOOSING}#check-proven-skill`,
    sources: ["S3.3", "S1.1"],
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
