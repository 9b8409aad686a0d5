// The words for each choice a task row offers, shared by the form, the
// exports and the page that explains the tool.
import type { Contact, Judge, Score, SkillFamily } from "./audit";

/** Each skill family's name in a sentence. */
export const FAMILY_LABELS: Readonly<Record<SkillFamily, string>> = {
  admin: "admin",
  bookkeeping: "bookkeeping",
  writing: "writing",
  design: "design",
  marketing: "marketing",
  technical: "technical",
  "customer-service": "customer service",
};

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

/** Every label a task row and the results show, as one prop (they travel in the HTML). */
export interface AuditLabels {
  readonly skill: Readonly<Record<Score, string>>;
  readonly core: Readonly<Record<Score, string>>;
  readonly judge: Readonly<Record<Judge, string>>;
  readonly contact: Readonly<Record<Contact, string>>;
  readonly family: Readonly<Record<SkillFamily, string>>;
}

export const AUDIT_LABELS: AuditLabels = {
  skill: SKILL_LABELS,
  core: CORE_LABELS,
  judge: JUDGE_LABELS,
  contact: CONTACT_LABELS,
  family: FAMILY_LABELS,
};
