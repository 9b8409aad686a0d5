// The words for each choice a task row offers, shared by the form, the
// exports and the page that explains the tool.
import type { Contact, Judge, Score } from "./audit";

/** "How good are you at it?" 1 to 5. */
export const SKILL_LABELS: Readonly<Record<Score, string>> = {
  1: "Very weak or slow",
  2: "Weak",
  3: "Average",
  4: "Good",
  5: "Expert",
};

/** "How core is it to your business?" 1 to 5. */
export const CORE_LABELS: Readonly<Record<Score, string>> = {
  1: "Not at all: it keeps things running",
  2: "A little",
  3: "Somewhat",
  4: "Very",
  5: "It is what clients pay you for",
};

/** "Could you judge a contractor's result?" */
export const JUDGE_LABELS: Readonly<Record<Judge, string>> = {
  yes: "Yes",
  roughly: "Roughly",
  no: "No",
};

/** "Does it put you in direct contact with customers?" */
export const CONTACT_LABELS: Readonly<Record<Contact, string>> = {
  none: "No",
  customers: "Yes",
  leads: "Yes, finding new ones (lead generation)",
};
