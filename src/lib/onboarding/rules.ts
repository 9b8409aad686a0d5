/**
 * The rules that turn answers into a checklist, and the function that applies
 * them. A rule is data: a predicate on the answers, the items it adds, and the
 * wordings it picks. An item is in the checklist when at least one matching
 * rule includes it; nothing else adds or removes items.
 */

import type { Answers, Engagement, Rhythm } from "./answers";
import { addDays, rhythmStep } from "./dates";
import type { GuideSection } from "./guide-sections";
import {
  ITEMS,
  PHASES,
  type CatalogueItem,
  type ItemId,
  type PhaseId,
  type SourcePoint,
} from "./items";

/** One rule: when it applies, which items it adds and which wordings it picks. */
export interface Rule {
  /** Stable kebab-case id, used in tests and to explain an item's presence. */
  readonly id: string;
  /** What the rule does, in words a reader can follow. */
  readonly description: string;
  readonly when: (answers: Answers) => boolean;
  /** Items this rule adds. */
  readonly include: readonly ItemId[];
  /** For an item, the name of the variant wording to use (see CatalogueItem.variants). */
  readonly reword?: Readonly<Partial<Record<ItemId, string>>>;
}

/**
 * How many check-ins the checklist dates, per engagement and rhythm: about
 * three months of ongoing work, or those that fall before a project's planned
 * end. Fixed counts rather than a date window, so the number of check-ins does
 * not depend on how long the months after the start happen to be.
 */
export const CHECK_IN_COUNT: Readonly<
  Record<Engagement, Readonly<Record<Rhythm, number>>>
> = {
  "one-off": { weekly: 0, biweekly: 0, monthly: 0 },
  project: { weekly: 5, biweekly: 2, monthly: 1 },
  ongoing: { weekly: 12, biweekly: 6, monthly: 3 },
};

/**
 * Days from the start to the planned end, which wrap-up items are dated from.
 * The questions do not ask for an end date, so a one-off task is taken to last
 * a week and a fixed project six weeks. Ongoing work gets no wrap-up items;
 * its 13 weeks only keep the table total, matching the check-in window.
 */
export const PLANNED_END_DAYS: Readonly<Record<Engagement, number>> = {
  "one-off": 7,
  project: 42,
  ongoing: 91,
};

const hasEnd = (a: Answers) => a.engagement !== "ongoing";
const runsAWhile = (a: Answers) => a.engagement !== "one-off";
const hasAccess = (a: Answers) => a.access.length > 0;

function workKindRule(
  kind: Answers["workKind"],
  label: string,
  trialCheck?: "original" | "software",
): Rule {
  return {
    id: `work-kind-${kind}`,
    description: `${label}: the definition of done${trialCheck ? " and the trial check" : ""} name what matters for this kind of work.`,
    when: (a) => a.workKind === kind,
    include: [],
    reword: trialCheck
      ? { "define-done": kind, "check-trial-work": trialCheck }
      : { "define-done": kind },
  };
}

/** Every rule, in the order they are checked; for a wording, the first match wins. */
export const RULES: readonly Rule[] = [
  {
    id: "essentials",
    description:
      "Every hand-over needs a clear brief, prepared material, a kick-off and agreed pay.",
    when: () => true,
    include: [
      "decide-the-result",
      "write-the-brief",
      "define-done",
      "shortlist-on-fit",
      "write-the-steps",
      "collect-examples",
      "gather-reference-sheet",
      "set-up-shared-space",
      "agree-contact-channel",
      "set-up-records",
      "kick-off-call",
      "invite-questions",
      "explain-how-you-judge",
      "agree-payment-terms",
    ],
  },
  {
    id: "trial-run",
    description:
      "Work that lasts beyond a one-off task starts with a small paid trial and a review.",
    when: runsAWhile,
    include: [
      "plan-the-trial",
      "prepare-trial-task",
      "run-trial-task",
      "check-trial-work",
      "trial-review",
    ],
  },
  {
    id: "first-weeks",
    description:
      "Work that lasts beyond a one-off task gets close checks and feedback in its first weeks.",
    when: runsAWhile,
    include: [
      "check-first-deliveries",
      "balanced-feedback",
      "pay-first-invoice",
      "update-the-steps",
      "step-back",
    ],
  },
  {
    id: "check-ins",
    description:
      "Projects and ongoing work get check-ins at the chosen rhythm to keep quality up.",
    when: runsAWhile,
    include: ["check-in"],
  },
  {
    id: "ongoing-relationship",
    description:
      "Ongoing work needs records of who did what and what was paid, praise, rewards and prompt pay.",
    when: (a) => a.engagement === "ongoing",
    include: [
      "log-work-and-payments",
      "praise-good-work",
      "pay-on-time",
      "plan-a-reward",
    ],
  },
  {
    id: "wrap-up",
    description:
      "A one-off task or a project ends with a final review, a hand-over of files, payment and thanks.",
    when: hasEnd,
    include: [
      "final-review",
      "ask-for-handover",
      "pay-final-invoice",
      "thank-them",
      "file-the-records",
    ],
  },
  {
    id: "second-language",
    description:
      "Working in a second language calls for a glossary, examples, a call and a restated brief.",
    when: (a) => !a.sharedLanguage,
    include: ["make-a-glossary", "restate-the-brief"],
    reword: { "collect-examples": "second-language", "kick-off-call": "second-language" },
  },
  {
    id: "time-zone-gap",
    description:
      "A gap of three hours or more is worth asking about up front and agreeing reply times for.",
    when: (a) => a.timeZoneGap !== "0-2",
    include: ["ask-about-hours", "agree-reply-times"],
  },
  {
    id: "large-time-zone-gap",
    description:
      "A gap of seven hours or more needs agreed overlap hours and written hand-overs.",
    when: (a) => a.timeZoneGap === "7+",
    include: ["agree-overlap-hours", "written-hand-overs"],
  },
  {
    id: "any-access",
    description: "Whatever they can reach goes on an access log.",
    when: hasAccess,
    include: ["access-log"],
  },
  {
    id: "accounts",
    description:
      "Logins are shared through a password manager, with the least access that does the job.",
    when: (a) => a.access.includes("accounts"),
    include: ["password-manager", "least-privilege"],
  },
  {
    id: "customer-data",
    description:
      "Customer data needs written rules and the least access that does the job.",
    when: (a) => a.access.includes("customer-data"),
    include: ["customer-data-rules", "least-privilege"],
  },
  {
    id: "payments",
    description:
      "Payments on your behalf need a limit, receipts and the least access that does the job.",
    when: (a) => a.access.includes("payments"),
    include: ["payment-limits", "least-privilege"],
  },
  {
    id: "revoke-access-at-end",
    description:
      "When a one-off task or project ends, everything on the access log is taken back.",
    when: (a) => hasAccess(a) && hasEnd(a),
    include: ["revoke-access"],
  },
  {
    id: "review-access",
    description:
      "Ongoing access is reviewed every few months and taken back when the work ends.",
    when: (a) => hasAccess(a) && !hasEnd(a),
    include: ["review-access"],
  },
  {
    id: "no-docs",
    description:
      "With nothing written down, record a walkthrough and write the steps before the start.",
    when: (a) => a.docs === "none",
    include: ["record-walkthrough"],
    reword: { "write-the-steps": "none" },
  },
  {
    id: "some-docs",
    description: "With some notes, fill their gaps in writing and with a recording.",
    when: (a) => a.docs === "some",
    include: ["record-walkthrough"],
    reword: { "write-the-steps": "some", "record-walkthrough": "some" },
  },
  workKindRule("writing", "Writing", "original"),
  workKindRule("design", "Design", "original"),
  workKindRule("software", "Software", "software"),
  workKindRule("admin", "Admin"),
  workKindRule("bookkeeping", "Bookkeeping"),
  workKindRule("social-media", "Social media", "original"),
  workKindRule("customer-support", "Customer support"),
  workKindRule("research", "Research"),
  workKindRule("marketing", "Marketing", "original"),
];

/** One dated step of a reader's checklist. */
export interface ChecklistItem {
  /** Stable id that ticks are stored under ("check-in-2" for the second check-in). */
  readonly id: string;
  /** The catalogue item it comes from; equals `id` except for check-ins. */
  readonly itemId: ItemId;
  readonly phase: PhaseId;
  readonly text: string;
  readonly why: string;
  readonly guide: GuideSection;
  /** "YYYY-MM-DD". */
  readonly due: string;
  readonly sources: readonly SourcePoint[];
  /** Set for items that belong in the calendar export. */
  readonly eventTitle?: string;
}

/** A phase with its items, sorted by due date. */
export interface ChecklistPhase {
  readonly id: PhaseId;
  readonly title: string;
  readonly items: readonly ChecklistItem[];
}

/** A reader's checklist: the non-empty phases, in order. */
export interface Checklist {
  readonly phases: readonly ChecklistPhase[];
}

/** The rules that apply to these answers, in RULES order. */
export function matchingRules(answers: Answers): readonly Rule[] {
  return RULES.filter((rule) => rule.when(answers));
}

const CATALOGUE: readonly CatalogueItem[] = ITEMS;

function expand(
  item: CatalogueItem,
  variant: string | undefined,
  answers: Answers,
): ChecklistItem[] {
  const wording = variant === undefined ? undefined : item.variants?.[variant];
  const itemId = item.id as ItemId;
  const base = {
    itemId,
    phase: item.phase,
    guide: item.guide,
    sources: item.sources,
  };
  const make = (id: string, due: string, n?: number): ChecklistItem => {
    const fill = (s: string) => (n === undefined ? s : s.replaceAll("{n}", String(n)));
    return {
      id,
      ...base,
      text: fill(wording?.text ?? item.text),
      why: fill(wording?.why ?? item.why),
      due,
      ...(item.eventTitle === undefined ? {} : { eventTitle: fill(item.eventTitle) }),
    };
  };
  const offset = item.dueOffset;
  if (offset === "each-check-in") {
    const count = CHECK_IN_COUNT[answers.engagement][answers.rhythm];
    return Array.from({ length: count }, (_, i) =>
      make(
        `${item.id}-${i + 1}`,
        rhythmStep(answers.start, answers.rhythm, i + 1),
        i + 1,
      ),
    );
  }
  const days =
    typeof offset === "number"
      ? offset
      : PLANNED_END_DAYS[answers.engagement] + offset.afterEnd;
  return [make(item.id, addDays(answers.start, days))];
}

/**
 * Builds the checklist for valid answers (see validateAnswers): the items of
 * every matching rule, worded by the first rule that rewords each, dated from
 * the start date in UTC, grouped into phases in order and sorted by due date
 * within a phase (catalogue order breaks ties). Phases left empty are omitted.
 * Throws a RangeError if `answers.start` is not a valid date.
 */
export function buildChecklist(answers: Answers): Checklist {
  const rules = matchingRules(answers);
  const included = new Set<string>(rules.flatMap((rule) => rule.include));
  const items = CATALOGUE.filter((item) => included.has(item.id)).flatMap((item) => {
    const variant = rules.find((rule) => rule.reword?.[item.id as ItemId] !== undefined)
      ?.reword?.[item.id as ItemId];
    return expand(item, variant, answers);
  });
  const phases = PHASES.map((phase) => ({
    id: phase.id,
    title: phase.title,
    // Array.prototype.sort is stable, so equal dates keep catalogue order.
    items: items
      .filter((item) => item.phase === phase.id)
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)),
  }));
  return { phases: phases.filter((phase) => phase.items.length > 0) };
}
