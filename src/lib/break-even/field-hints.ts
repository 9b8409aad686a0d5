import type { NumericField } from "./inputs";

/**
 * One plain-language sentence per input (and the period select) that says what to enter. Kept apart
 * from FIELD_LIMITS because only the server needs them: the page passes them
 * to the island as props, so they travel in the HTML, not the JavaScript.
 */
export const FIELD_HINTS: Readonly<Record<NumericField | "per", string>> = {
  per: "Pick how the task recurs, then say how many times.",
  do: "How long the task takes you once, from start to finish.",
  freq: "How many times the task comes up in each week, month or year.",
  months: "How far ahead to look: the hand-over has this long to pay for itself.",
  setup:
    "Your one-time effort: finding someone, writing the steps down, recording a walkthrough, checking the trial run.",
  review:
    "Minutes you still spend on every occurrence: briefing, answering questions, checking the result.",
  price: "What you pay the contractor for doing it once.",
  value:
    "What an hour of your time is worth to you; enter 0 to judge on time alone, leaving money out.",
};

/**
 * The form's other words: group legends, the period select and its options.
 * Like the hints, they reach the island as props, in the HTML.
 */
export const FORM_LABELS = {
  task: "The task",
  handover: "Handing it over",
  yourTime: "Your time",
  per: "How often it comes up",
  currency: "Currency",
  week: "Weekly",
  month: "Monthly",
  year: "Yearly",
  once: "Just once",
  preset: "Start from a typical task",
  ownNumbers: "Your own numbers",
  presetFilled:
    "Filled in typical numbers for {task}: {note} Change anything to match your case.",
} as const;

/** The shape of {@link FORM_LABELS}. */
export type FormLabels = Readonly<Record<keyof typeof FORM_LABELS, string>>;
