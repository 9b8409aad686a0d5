// The words of the audit's results: each group's heading and each reason's
// sentence, with the guide section it comes from. The island gets them as
// props from Tool.astro, so they travel in the page's HTML, not its scripts.
import { AUDIT_LABELS, type AuditLabels } from "./labels";
import type { Group, Reason } from "./place-task";

/** A group's heading and what it means. */
export interface GroupText {
  readonly title: string;
  readonly lead: string;
}

export const GROUP_TEXT: Readonly<Record<Group, GroupText>> = {
  first: {
    title: "Hand over first",
    lead: "Your plan: the clearest cases, heaviest first.",
  },
  next: {
    title: "Hand over next",
    lead: "Worth handing over once the first ones run smoothly, or when you need more hours back.",
  },
  steer: {
    title: "Learn enough to steer first",
    lead: "Hand these over once you could tell a good result from a poor one.",
  },
  keep: {
    title: "Keep",
    lead: "These stay with you.",
  },
};

/** A reason's sentence and the guide section behind it. */
export interface ReasonText {
  readonly text: string;
  readonly href: string;
}

const WHAT = "/guide/what-to-outsource/";

export const REASON_TEXT: Readonly<Record<Reason, ReasonText>> = {
  core: {
    text: "Clients pay you for this, so it stays in your hands; get help with the work around it instead.",
    href: `${WHAT}#what-never-leaves-your-hands`,
  },
  contact: {
    text: "Talking with your customers builds their trust; keep it with you or staff you have trained.",
    href: `${WHAT}#what-never-leaves-your-hands`,
  },
  strong: {
    text: "You do it well and it matters to the business, so your hours are well spent here.",
    href: `${WHAT}#two-questions-for-every-task`,
  },
  steer: {
    text: "You could not yet tell a good result from a poor one: learn the basics, or hand over a small piece first.",
    href: `${WHAT}#outsource-what-you-can-steer`,
  },
  weak: {
    text: "You are not strong at it and it is not central to what you sell: the clearest case for handing over.",
    href: `${WHAT}#two-questions-for-every-task`,
  },
  good: {
    text: "You do it well, but it is not central to the business: hand it over when your hours run short.",
    href: `${WHAT}#two-questions-for-every-task`,
  },
  expert: {
    text: "It matters to the business and you are not strong at it: bring in an expert, and keep the decisions.",
    href: `${WHAT}#two-questions-for-every-task`,
  },
};

/** Every text the island shows from here and labels.ts, as one prop. */
export interface AuditTexts {
  readonly groups: typeof GROUP_TEXT;
  readonly reasons: typeof REASON_TEXT;
  readonly labels: AuditLabels;
}

export const AUDIT_TEXTS: AuditTexts = {
  groups: GROUP_TEXT,
  reasons: REASON_TEXT,
  labels: AUDIT_LABELS,
};
