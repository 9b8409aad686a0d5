/**
 * The questions the onboarding checklist asks, their options with the labels
 * readers see, the defaults, and validation of answers from untrusted places
 * (a shared link, old localStorage).
 */

import { addDays, isIsoDate, type Rhythm } from "./dates";

/** The kind of work being handed over. */
export type WorkKind =
  | "writing"
  | "design"
  | "software"
  | "admin"
  | "bookkeeping"
  | "social-media"
  | "customer-support"
  | "research"
  | "marketing"
  | "other";

/** How long the working relationship is meant to last. */
export type Engagement = "one-off" | "project" | "ongoing";

/** Hours between the two working days, in bands. */
export type TimeZoneGap = "0-2" | "3-6" | "7+";

/** Something the contractor needs access to; none at all is an empty list. */
export type AccessKind = "files" | "accounts" | "customer-data" | "payments";

/** How much of the work is already written down. */
export type Docs = "none" | "some" | "full";

/** How often you check in once the work is running. */
export type { Rhythm };

/** Everything the checklist is built from. */
export interface Answers {
  readonly workKind: WorkKind;
  readonly engagement: Engagement;
  /** True when you and the contractor share a first language. */
  readonly sharedLanguage: boolean;
  readonly timeZoneGap: TimeZoneGap;
  /** Each kind at most once, in the order of ACCESS_QUESTION's options. */
  readonly access: readonly AccessKind[];
  readonly docs: Docs;
  /** The contractor's first working day, "YYYY-MM-DD". */
  readonly start: string;
  readonly rhythm: Rhythm;
}

/** One choice of a question, with the words a reader sees. */
export interface Option<T> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

/** A question with its fixed options. */
export interface Question<T> {
  readonly label: string;
  readonly hint?: string;
  readonly options: readonly Option<T>[];
}

/** "What kind of work are you handing over?" */
export const WORK_KIND_QUESTION: Question<WorkKind> = {
  label: "What kind of work are you handing over?",
  options: [
    { value: "writing", label: "Writing and content" },
    { value: "design", label: "Design" },
    { value: "software", label: "Software and websites" },
    { value: "admin", label: "Admin and inbox" },
    { value: "bookkeeping", label: "Bookkeeping" },
    { value: "social-media", label: "Social media" },
    { value: "customer-support", label: "Customer support" },
    { value: "research", label: "Research and data entry" },
    { value: "marketing", label: "Marketing and SEO" },
    { value: "other", label: "Something else" },
  ],
};

/** "How long will you work together?" */
export const ENGAGEMENT_QUESTION: Question<Engagement> = {
  label: "How long will you work together?",
  options: [
    { value: "one-off", label: "A one-off task", hint: "Done within about a week." },
    {
      value: "project",
      label: "A fixed project",
      hint: "A piece of work with an end; dates assume about six weeks.",
    },
    { value: "ongoing", label: "Ongoing work", hint: "Regular work with no set end." },
  ],
};

/** "Do you share a first language?" */
export const LANGUAGE_QUESTION: Question<boolean> = {
  label: "Do you and the contractor share a first language?",
  options: [
    { value: true, label: "Yes, we share a first language" },
    { value: false, label: "No, one of us works in a second language" },
  ],
};

/** "How far apart are your working hours?" */
export const TIME_ZONE_QUESTION: Question<TimeZoneGap> = {
  label: "How many hours apart are your time zones?",
  options: [
    { value: "0-2", label: "Up to 2 hours" },
    { value: "3-6", label: "3 to 6 hours" },
    { value: "7+", label: "7 hours or more" },
  ],
};

/** "What will they need access to?" Several may apply; none is allowed. */
export const ACCESS_QUESTION: Question<AccessKind> = {
  label: "What will they need access to?",
  hint: "Tick all that apply, or none.",
  options: [
    { value: "files", label: "Shared files" },
    { value: "accounts", label: "Accounts and passwords" },
    { value: "customer-data", label: "Customer data" },
    { value: "payments", label: "Payments" },
  ],
};

/** "How much of the work is written down already?" */
export const DOCS_QUESTION: Question<Docs> = {
  label: "How much of the work is written down already?",
  options: [
    { value: "none", label: "Nothing yet" },
    { value: "some", label: "Some notes" },
    { value: "full", label: "Full step-by-step procedures" },
  ],
};

/** "How often will you check in?" */
export const RHYTHM_QUESTION: Question<Rhythm> = {
  label: "How often will you check in?",
  options: [
    { value: "weekly", label: "Every week" },
    { value: "biweekly", label: "Every two weeks" },
    { value: "monthly", label: "Every month" },
  ],
};

/**
 * The start dates accepted: wide enough for any real plan, narrow enough that
 * every computed due date still has a four-digit year.
 */
export const START_RANGE = { min: "2000-01-01", max: "2999-12-31" } as const;

/** The label and range of the start-date question. */
export const START_QUESTION = {
  label: "When do they start?",
  hint: "Their first working day; every due date is counted from it.",
  ...START_RANGE,
} as const;

/** The default choices, all but the start date, which depends on today. */
export const DEFAULT_ANSWERS: Omit<Answers, "start"> = {
  workKind: "admin",
  engagement: "ongoing",
  sharedLanguage: true,
  timeZoneGap: "0-2",
  access: ["files"],
  docs: "some",
  rhythm: "weekly",
};

/** Days from today to the default start date. */
export const DEFAULT_LEAD_DAYS = 28;

/**
 * The default answers for a reader whose local date is `today` ("YYYY-MM-DD",
 * passed in because this library never reads the clock). The start is four
 * weeks out so the before-you-hire steps are not already overdue.
 * Throws a RangeError when `today` is not a valid date.
 */
export function defaultAnswers(today: string): Answers {
  return { ...DEFAULT_ANSWERS, start: addDays(today, DEFAULT_LEAD_DAYS) };
}

const OWN_KEYS_REJECTED = new Set(["__proto__", "constructor", "prototype"]);

function pick<T>(question: Question<T>, value: unknown): T | undefined {
  return question.options.find((option) => Object.is(option.value, value))?.value;
}

function readAccess(value: unknown): readonly AccessKind[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const chosen = new Set<AccessKind>();
  for (let i = 0; i < value.length; i += 1) {
    const kind = pick(ACCESS_QUESTION, value[i]);
    if (kind === undefined) return undefined;
    chosen.add(kind);
  }
  // Canonical order, so equal choices give equal answers whatever the input order.
  return ACCESS_QUESTION.options.map((o) => o.value).filter((kind) => chosen.has(kind));
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function readAnswers(input: unknown): Answers | null {
  if (!isPlainRecord(input)) return null;
  // A payload that tries to reach the prototype chain is hostile, not just wrong.
  if (Reflect.ownKeys(input).some((key) => OWN_KEYS_REJECTED.has(String(key))))
    return null;
  const own = (key: string): unknown =>
    Object.hasOwn(input, key) ? input[key] : undefined;

  const workKind = pick(WORK_KIND_QUESTION, own("workKind"));
  const engagement = pick(ENGAGEMENT_QUESTION, own("engagement"));
  const sharedLanguage = pick(LANGUAGE_QUESTION, own("sharedLanguage"));
  const timeZoneGap = pick(TIME_ZONE_QUESTION, own("timeZoneGap"));
  const access = readAccess(own("access"));
  const docs = pick(DOCS_QUESTION, own("docs"));
  const rhythm = pick(RHYTHM_QUESTION, own("rhythm"));
  const start = own("start");
  if (
    workKind === undefined ||
    engagement === undefined ||
    sharedLanguage === undefined ||
    timeZoneGap === undefined ||
    access === undefined ||
    docs === undefined ||
    rhythm === undefined ||
    !isIsoDate(start) ||
    start < START_RANGE.min ||
    start > START_RANGE.max
  ) {
    return null;
  }
  return {
    workKind,
    engagement,
    sharedLanguage,
    timeZoneGap,
    access,
    docs,
    start,
    rhythm,
  };
}

/**
 * Checks a value of unknown origin and returns a fresh, well-formed Answers, or
 * null when any field is missing or wrong: an unknown option, a start date that
 * is not a real day or outside START_RANGE, an access list with anything but
 * known kinds, or own keys such as `__proto__`. Unknown extra keys are ignored.
 * Never throws, even for proxies or getters that do.
 */
export function validateAnswers(input: unknown): Answers | null {
  try {
    return readAnswers(input);
  } catch {
    return null;
  }
}
