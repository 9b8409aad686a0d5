/**
 * The catalogue of checklist items, as data. Rules (rules.ts) decide which
 * items a reader gets and which wording; this file only says what each item
 * is, why it matters, where the guide explains it and when it falls due.
 *
 * An item's id is what a reader's ticks are stored under, so it is written by
 * hand, never derived from position, wording or answers, and never reused for
 * a different step. Rewording an item keeps its id.
 */

import type { GuideSection } from "./guide-sections";

/** The seven phases, in the order they happen. */
export type PhaseId =
  | "before-hire"
  | "prepare"
  | "kick-off"
  | "trial"
  | "first-weeks"
  | "ongoing"
  | "wrap-up";

/** A phase with the heading readers see. */
export interface Phase {
  readonly id: PhaseId;
  readonly title: string;
}

/** The phases in order. */
export const PHASES: readonly Phase[] = [
  { id: "before-hire", title: "Before you hire" },
  { id: "prepare", title: "Prepare materials" },
  { id: "kick-off", title: "Kick-off" },
  { id: "trial", title: "Trial run" },
  { id: "first-weeks", title: "First weeks" },
  { id: "ongoing", title: "Ongoing" },
  { id: "wrap-up", title: "Wrapping up" },
];

/**
 * When an item falls due:
 * - a number: days from the start date (negative before it);
 * - `{ afterEnd }`: days after the planned end of a one-off task or project;
 * - "each-check-in": a repeating item, expanded into one dated item per check-in.
 */
export type DueOffset = number | { readonly afterEnd: number } | "each-check-in";

/** Alternative wording for an item, chosen by a rule. */
export interface Wording {
  readonly text: string;
  readonly why?: string;
}

/** A point in the sources' catalogue (/work/shared/sources/README.md), e.g. "S1.4". */
export type SourcePoint = `S${number}.${number}`;

/** One step of the checklist as stored in the catalogue. */
export interface CatalogueItem {
  /** Stable kebab-case id; ticks are stored under it. */
  readonly id: string;
  readonly phase: PhaseId;
  /** What to do, as an instruction. "{n}" is the check-in number in repeating items. */
  readonly text: string;
  /** One line on why it matters. */
  readonly why: string;
  readonly guide: GuideSection;
  readonly dueOffset: DueOffset;
  /** The source points this step draws on; empty when it comes from the guide alone. */
  readonly sources: readonly SourcePoint[];
  /** Named alternative wordings; a rule picks one by name. */
  readonly variants?: Readonly<Record<string, Wording>>;
  /**
   * A short title for a calendar event; only items with one go in the .ics
   * export. "{who}" is the contractor (their name, or "your contractor").
   */
  readonly eventTitle?: string;
}

const brief = "/guide/know-what-you-want/#write-the-brief";
const done = "/guide/know-what-you-want/#define-done";
const prepare = "/guide/onboarding-and-training/#prepare-before-day-one";
const access = "/guide/onboarding-and-training/#access-and-passwords";
const testTask = "/guide/onboarding-and-training/#run-a-test-task";
const kickOff = "/guide/onboarding-and-training/#kick-off-with-a-call";
const languages = "/guide/communicating-clearly/#working-across-languages";
const timeZones = "/guide/communicating-clearly/#working-across-time-zones";
const onePlace = "/guide/communicating-clearly/#one-place-for-files-and-tasks";
const firstDeliveries = "/guide/managing-by-deliverables/#check-the-first-deliveries";
const results = "/guide/managing-by-deliverables/#judge-results-not-hours";
const records = "/guide/staying-organized/#keep-records";
const payOnTime = "/guide/keeping-good-contractors/#pay-on-time";
const praise = "/guide/keeping-good-contractors/#praise-and-reward";
const trialProject = "/guide/choosing-the-right-person/#run-a-trial-project";

/** Every item a checklist can contain, grouped by phase, in reading order. */
export const ITEMS = [
  // Before you hire
  {
    id: "decide-the-result",
    phase: "before-hire",
    text: "Write down the result you want from this work and why you are handing it over",
    why: "Knowing the outcome tells you what kind of person to look for and how you will measure them.",
    guide: brief,
    dueOffset: -28,
    sources: ["S5.2"],
  },
  {
    id: "write-the-brief",
    phase: "before-hire",
    text: "Write a one-page brief: the task, what you expect to receive, the deadline and the budget",
    why: "You cannot ask for fair quotes, or compare them, until the request itself is clear.",
    guide: brief,
    dueOffset: -28,
    sources: ["S4.5"],
  },
  {
    id: "define-done",
    phase: "before-hire",
    text: "Decide how you will both know a piece of work is finished and good enough",
    why: "With an agreed finish line, checking the work is a fact, not a matter of taste.",
    guide: done,
    dueOffset: -27,
    sources: ["S4.5", "S5.2"],
    variants: {
      writing: {
        text: "Decide what a finished piece looks like: length, tone, sources to cite, and who approves it",
      },
      design: {
        text: "Decide what a finished design includes: file formats, sizes, how many rounds of changes, and who approves it",
      },
      software: {
        text: "Decide what finished code means: what it must do, the tests it must pass, where it is delivered and who reviews it",
      },
      admin: {
        text: "Decide what a finished task looks like: which inbox folders end up empty, which replies need your approval, and by when",
      },
      bookkeeping: {
        text: "Decide what a finished month looks like: which accounts are reconciled, which reports you receive, and by which day",
      },
      "social-media": {
        text: "Decide what a finished week looks like: how many posts, on which channels, and who approves them before they go out",
      },
      "customer-support": {
        text: "Decide what a good answer looks like: reply times, tone, and which questions they must pass back to you",
      },
      research: {
        text: "Decide what a finished data set looks like: the fields, the format, and how many errors you can accept",
      },
      marketing: {
        text: "Decide how you will judge the work: the pages or campaigns covered, the report you receive, and the numbers you watch",
      },
    },
  },
  {
    id: "shortlist-on-fit",
    phase: "before-hire",
    text: "Shortlist people for their experience and values, not because they are cheapest or free soonest",
    why: "A low price that needs redoing ends up costing more than a fair one done right.",
    guide: trialProject,
    dueOffset: -21,
    sources: ["S3.3"],
  },
  {
    id: "ask-about-hours",
    phase: "before-hire",
    text: "Ask each candidate which of their working hours overlap with yours",
    why: "A large time difference works when you plan for it, and stalls the work when you don't.",
    guide: timeZones,
    dueOffset: -21,
    sources: ["S3.3"],
  },
  {
    id: "plan-the-trial",
    phase: "before-hire",
    text: "Plan a small paid trial with a clear start and end before committing to anything bigger",
    why: "A few days of real work tells you more about a person than any interview.",
    guide: trialProject,
    dueOffset: -18,
    sources: ["S4.8", "S3.3"],
  },

  // Prepare materials
  {
    id: "write-the-steps",
    phase: "prepare",
    text: "Update your written procedures so they match how the work is done today",
    why: "Written steps let them work without waiting for you, and stay useful long after day one.",
    guide: prepare,
    dueOffset: -14,
    sources: ["S1.4", "S5.3", "S4.4"],
    variants: {
      none: {
        text: "Write the steps down before they start: what to do, in what order, with a screenshot where it helps",
      },
      some: {
        text: "Turn your notes into steps a newcomer could follow without asking you anything",
      },
    },
  },
  {
    id: "record-walkthrough",
    phase: "prepare",
    text: "Record your screen while you do the task once, saying out loud what you do and why",
    why: "A recording catches the small choices that written steps tend to leave out.",
    guide: "/guide/onboarding-and-training/#record-a-walkthrough",
    dueOffset: -10,
    sources: ["S1.4"],
    variants: {
      some: {
        text: "Record your screen for the parts your notes skip, talking through each choice as you make it",
      },
    },
  },
  {
    id: "collect-examples",
    phase: "prepare",
    text: "Collect two or three examples of finished work you were happy with",
    why: "An example settles questions of format and quality faster than a description.",
    guide: prepare,
    dueOffset: -10,
    sources: ["S4.4"],
    variants: {
      "second-language": {
        text: "Collect two or three examples of finished work you were happy with, and point out what makes each one good",
        why: "An example shows the standard without relying on every word of the brief being understood.",
      },
    },
  },
  {
    id: "make-a-glossary",
    phase: "prepare",
    text: "Write a short glossary of the terms, product names and abbreviations your business uses",
    why: "In-house words are the hardest to guess for someone working in a second language.",
    guide: languages,
    dueOffset: -10,
    sources: ["S2.1"],
  },
  {
    id: "gather-reference-sheet",
    phase: "prepare",
    text: "Put the facts they will need in one spreadsheet: contacts, prices, product details, style choices",
    why: "One sheet to look things up in saves a message to you every time.",
    guide: prepare,
    dueOffset: -7,
    sources: ["S1.4"],
  },
  {
    id: "set-up-shared-space",
    phase: "prepare",
    text: "Set up one shared folder for files and one task board, and invite them before day one",
    why: "When briefs, files and progress live in one place, nothing gets lost in an inbox.",
    guide: onePlace,
    dueOffset: -7,
    sources: ["S4.7"],
  },
  {
    id: "agree-contact-channel",
    phase: "prepare",
    text: "Choose one quick way to reach each other, and say how fast you will both normally reply",
    why: "Questions asked and answered quickly keep small doubts from turning into wrong work.",
    guide: onePlace,
    dueOffset: -7,
    sources: ["S4.4"],
  },
  {
    id: "set-up-records",
    phase: "prepare",
    text: "Create a folder for this contractor: the agreement, the brief, training material and invoices",
    why: "When a question comes up months later, the answer is in one place.",
    guide: records,
    dueOffset: -5,
    sources: ["S1.5"],
  },
  {
    id: "password-manager",
    phase: "prepare",
    text: "Share logins through a password manager, never in an email or a chat message",
    why: "You can give and take back a login without the password itself ever being seen.",
    guide: access,
    dueOffset: -5,
    sources: [],
  },
  {
    id: "least-privilege",
    phase: "prepare",
    text: "Give every account they use the lowest level of access that still lets them do the work",
    why: "A mistake or a leaked login can then only reach what the job needed.",
    guide: access,
    dueOffset: -5,
    sources: [],
  },
  {
    id: "access-log",
    phase: "prepare",
    text: "Start an access log: every account, folder and tool they can use, and the date you granted it",
    why: "At the end, the log is the list of everything to take back.",
    guide: access,
    dueOffset: -5,
    sources: ["S1.5"],
  },
  {
    id: "customer-data-rules",
    phase: "prepare",
    text: "Put in writing what they may do with customer data: what they see, what they may copy, and when they delete it",
    why: "Your customers trusted you with their details, and the law may hold you to it.",
    guide: access,
    dueOffset: -5,
    sources: [],
  },
  {
    id: "payment-limits",
    phase: "prepare",
    text: "If they pay for things on your behalf, give them a separate card with a spending limit and ask for every receipt",
    why: "A cap and a receipt trail make a mistake small and easy to spot.",
    guide: access,
    dueOffset: -5,
    sources: ["S1.5"],
  },
  {
    id: "prepare-trial-task",
    phase: "prepare",
    text: "Pick a real but low-risk piece of work for the trial and write its brief",
    why: "A trial on real work shows how they handle your material, not a made-up exercise.",
    guide: testTask,
    dueOffset: -3,
    sources: ["S4.8"],
  },

  // Kick-off
  {
    id: "kick-off-call",
    phase: "kick-off",
    text: "Hold a video or phone call on the first day to go through the brief together",
    why: "Ten minutes of talking clears up what pages of email can leave open.",
    guide: kickOff,
    dueOffset: 0,
    sources: ["S2.1"],
    eventTitle: "Kick-off call with {who}",
    variants: {
      "second-language": {
        text: "Hold a video call on the first day, share your screen, and go through the brief slowly, one step at a time",
        why: "Seeing the work while hearing it explained helps when the brief is not in their first language.",
      },
    },
  },
  {
    id: "restate-the-brief",
    phase: "kick-off",
    text: "Ask them to explain the brief back to you in their own words",
    why: "Their summary shows what they actually understood before any work is done.",
    guide: languages,
    dueOffset: 0,
    sources: ["S2.1"],
  },
  {
    id: "invite-questions",
    phase: "kick-off",
    text: "Tell them clearly that questions are welcome at any time, and where to ask them",
    why: "People who are unsure and afraid to ask tend to guess, and guesses need redoing.",
    guide: kickOff,
    dueOffset: 0,
    sources: ["S1.4"],
  },
  {
    id: "agree-reply-times",
    phase: "kick-off",
    text: "Agree how soon each of you answers messages, allowing for the time difference",
    why: "Knowing when a reply will come stops either side from waiting and wondering.",
    guide: timeZones,
    dueOffset: 0,
    sources: ["S3.3"],
  },
  {
    id: "agree-overlap-hours",
    phase: "kick-off",
    text: "Agree one or two hours a day when you are both online, and keep calls inside them",
    why: "A short shared window is where questions get answered the same day.",
    guide: timeZones,
    dueOffset: 0,
    sources: ["S3.3"],
  },
  {
    id: "written-hand-overs",
    phase: "kick-off",
    text: "Agree an end-of-day note: what is finished, what is stuck, and what comes next",
    why: "When one of you starts as the other stops, a written note replaces the quick chat.",
    guide: timeZones,
    dueOffset: 0,
    sources: [],
  },
  {
    id: "explain-how-you-judge",
    phase: "kick-off",
    text: "Explain that you will judge the work by what is delivered and when, not by the hours they are online",
    why: "People do their best work when they know the target and are trusted with the route.",
    guide: results,
    dueOffset: 0,
    sources: ["S4.9", "S3.4"],
  },
  {
    id: "agree-payment-terms",
    phase: "kick-off",
    text: "Confirm in writing how much, how and when you will pay",
    why: "Clear terms up front prevent the one argument that ends good working relationships fastest.",
    guide: payOnTime,
    dueOffset: 0,
    sources: ["S2.5"],
  },

  // Trial run
  {
    id: "run-trial-task",
    phase: "trial",
    text: "Hand over the trial task, paid, with a deadline a few days away",
    why: "Paying for the trial gets you their real effort and keeps it fair.",
    guide: testTask,
    dueOffset: 1,
    sources: ["S4.8", "S3.3"],
  },
  {
    id: "check-trial-work",
    phase: "trial",
    text: "Check the trial work closely against your definition of done, and make sure it is their own",
    why: "Most people are honest, but copied or rushed work is far cheaper to catch now than later.",
    guide: firstDeliveries,
    dueOffset: 3,
    sources: ["S2.2"],
    variants: {
      original: {
        text: "Check the trial work against your definition of done, and search a few passages online to make sure it is original",
      },
      software: {
        text: "Run the trial code yourself and read it: does it do what the brief asks, and could someone else follow it?",
      },
    },
  },
  {
    id: "trial-review",
    phase: "trial",
    text: "Review the trial with them: say what worked and what to change, then decide whether to go on",
    why: "Feedback now sets the standard for everything that follows.",
    guide: testTask,
    dueOffset: 4,
    sources: ["S1.4"],
    eventTitle: "Trial review with {who}",
  },

  // First weeks
  {
    id: "check-first-deliveries",
    phase: "first-weeks",
    text: "Check each of the first deliveries against your definition of done",
    why: "Early slips are easiest to correct before they turn into habits.",
    guide: firstDeliveries,
    dueOffset: 7,
    sources: ["S2.2"],
  },
  {
    id: "balanced-feedback",
    phase: "first-weeks",
    text: "Give feedback on the first deliveries that names what was good as well as what to fix",
    why: "Hearing only about faults wears people down; knowing what works tells them what to repeat.",
    guide: praise,
    dueOffset: 10,
    sources: ["S1.4", "S1.6"],
  },
  {
    id: "pay-first-invoice",
    phase: "first-weeks",
    text: "Pay the first invoice on or before the agreed day",
    why: "Paying promptly from the start is the cheapest way to keep a good contractor.",
    guide: payOnTime,
    dueOffset: 14,
    sources: ["S2.5"],
  },
  {
    id: "update-the-steps",
    phase: "first-weeks",
    text: "Add their questions, and your answers, to the written steps",
    why: "Each answer written down is one you will not have to give again.",
    guide: prepare,
    dueOffset: 14,
    sources: ["S5.3"],
  },
  {
    id: "step-back",
    phase: "first-weeks",
    text: "Once the deliveries are right, stop watching each step and look only at the results",
    why: "Checking every move costs you the time you hired them to free up.",
    guide: results,
    dueOffset: 21,
    sources: ["S3.4", "S4.9"],
  },

  // Ongoing
  {
    id: "check-in",
    phase: "ongoing",
    text: "Check-in {n}: look over a sample of recent work, then talk through what to keep and what to change",
    why: "Quality can slip quietly after a strong start, for instance when they take on more clients.",
    guide: "/guide/managing-by-deliverables/#keep-checking",
    dueOffset: "each-check-in",
    sources: ["S2.3", "S1.4"],
    eventTitle: "Check-in {n} with {who}",
  },
  {
    id: "log-work-and-payments",
    phase: "ongoing",
    text: "Keep a running log of who did what, when, and what you paid for it",
    why: "A log settles questions about invoices and shows what each contractor is worth to you.",
    guide: records,
    dueOffset: 30,
    sources: ["S1.5"],
  },
  {
    id: "praise-good-work",
    phase: "ongoing",
    text: "When something is done well, say so, and say exactly what was good",
    why: "People who feel noticed tend to stay longer and keep doing their best work.",
    guide: praise,
    dueOffset: 30,
    sources: ["S1.6"],
  },
  {
    id: "pay-on-time",
    phase: "ongoing",
    text: "Pay every invoice on the agreed day, and resist swapping a good contractor for a cheaper one",
    why: "A reliable working relationship takes months to build and moments to lose.",
    guide: payOnTime,
    dueOffset: 30,
    sources: ["S2.5"],
  },
  {
    id: "plan-a-reward",
    phase: "ongoing",
    text: "Plan a reward for steady good work: a bonus, a raise, or a small gift at a milestone",
    why: "A reward says the work matters to you in a way words alone cannot.",
    guide: praise,
    dueOffset: 90,
    sources: ["S1.6"],
  },
  {
    id: "review-access",
    phase: "ongoing",
    text: "Go through the access log and remove what they no longer use; do it again every three months while the work goes on",
    why: "Access that outlives the need is a risk nobody is watching.",
    guide: access,
    dueOffset: 90,
    sources: [],
  },

  // Wrapping up
  {
    id: "final-review",
    phase: "wrap-up",
    text: "Check the finished work against your definition of done before you accept it",
    why: "Once you have signed off and paid, asking for fixes gets much harder.",
    guide: done,
    dueOffset: { afterEnd: 0 },
    sources: ["S2.2"],
    eventTitle: "Final review of the delivered work",
  },
  {
    id: "ask-for-handover",
    phase: "wrap-up",
    text: "Ask for every source file, any logins they created and their notes, in formats you can open",
    why: "Without them, the next change means starting again or going back to the same person.",
    guide: records,
    dueOffset: { afterEnd: 0 },
    sources: ["S1.5"],
  },
  {
    id: "revoke-access",
    phase: "wrap-up",
    text: "Remove everything on the access log and change any passwords they knew",
    why: "Closing access on the last day is easy; remembering it months later is not.",
    guide: access,
    dueOffset: { afterEnd: 1 },
    sources: [],
  },
  {
    id: "pay-final-invoice",
    phase: "wrap-up",
    text: "Pay the final invoice on the agreed day",
    why: "People remember how a job ended, and a prompt payment makes them glad to work with you again.",
    guide: payOnTime,
    dueOffset: { afterEnd: 2 },
    sources: ["S2.5"],
  },
  {
    id: "thank-them",
    phase: "wrap-up",
    text: "Thank them, leave an honest review if the platform has one, and tell them if you would hire them again",
    why: "Good contractors are hard to find; keeping the door open costs nothing.",
    guide: praise,
    dueOffset: { afterEnd: 3 },
    sources: ["S1.6", "S2.5"],
  },
  {
    id: "file-the-records",
    phase: "wrap-up",
    text: "File the brief, the deliveries, the invoices and your notes in their folder for next time",
    why: "The next similar job then starts from a worked example instead of a blank page.",
    guide: records,
    dueOffset: { afterEnd: 5 },
    sources: ["S1.5"],
  },
] as const satisfies readonly CatalogueItem[];

/** The id of an item in the catalogue. */
export type ItemId = (typeof ITEMS)[number]["id"];
