import type { CriterionId } from "./criteria";

/**
 * What evidence to look for, per criterion, in one or two sentences. Kept
 * apart from CRITERIA so the scorecard loads it only when a reader opens
 * "What to look for"; the tool page prints it all at build time.
 */
export const LOOK_FOR: Readonly<Record<CriterionId, string>> = {
  skill:
    "Samples close to your task, reviews from past clients and a word with a reference or two. Judge what they can show, not what they claim.",
  trial:
    "A short, paid test with a clear start and finish. Did they deliver what you asked, by the date agreed, to the standard you need?",
  clarity:
    "How easily you understand each other, in writing and on a call, in the language the work needs. Misreadings at this stage turn into wrong work later.",
  thoroughness:
    "Pose an open question with no right answer. A full, considered reply shows someone who thinks things through; a throwaway line shows the opposite.",
  honesty:
    "Do they tell you what they cannot do, or when they are too busy, and keep sensible boundaries? A balanced answer is worth more than a promise of everything.",
  business:
    "Do they see why the work matters to your business and think in terms of return, not only the task in front of them?",
  reliability:
    "How quickly and how steadily they reply, and whether they keep the dates they agree to, or warn you early when they cannot.",
  specialist:
    "Contractors are strongest in a niche. Is your task the heart of what they do, or one more service on a long list?",
  overlap:
    "Enough shared working hours for the way you work, and habits and expectations that sit well with yours and your customers'.",
  values:
    "What drives them, and whether they care about what you care about. Talk for long enough to learn why they want this particular work.",
  price:
    "Does the quote fit the skill and effort the job takes? Expert work comes at expert rates, and a bid far below the rest often hides cut corners.",
  "track-record":
    "Past clients, reviews and repeat work on jobs like yours. Years of steady, well-rated delivery count for more than a polished profile.",
};
