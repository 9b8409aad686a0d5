/**
 * The onboarding checklist's link format: every answer, and the ticks when the
 * reader chooses to share them. Built on the kit's allow-list codec; the two
 * list-valued answers (access, ticks) and the start date travel as text and
 * are checked here, with a notice for whatever is ignored.
 *
 * Version 1; a later version must keep reading these links.
 */

import { formatNumber } from "../format/format-number";
import { defineCodec } from "../url/define-codec";
import { quoteFromUrl } from "../url/quote-from-url";
import {
  ACCESS_QUESTION,
  DEFAULT_ANSWERS,
  DOCS_QUESTION,
  ENGAGEMENT_QUESTION,
  RHYTHM_QUESTION,
  START_RANGE,
  TIME_ZONE_QUESTION,
  WORK_KIND_QUESTION,
  validateAnswers,
  type AccessKind,
  type Answers,
  type Question,
} from "./answers";
import { isIsoDate } from "./dates";
import { KNOWN_TICK_IDS } from "./known-ticks";
import { isTickId, MAX_TICKS, MAX_TICK_ID_LENGTH } from "./tick-state";

/** How list values are joined: a dot survives URL encoding untouched. */
export const SEPARATOR = ".";

/** The access value meaning "no access at all". */
export const NO_ACCESS = "none";

const values = <T extends string>(question: Question<T>) =>
  question.options.map((option) => option.value);

/** The allow-list of the link's keys, with labels for readers. */
export const onboardingCodec = defineCodec({
  version: 1,
  fields: {
    work: {
      kind: "enum",
      label: "Kind of work",
      values: values(WORK_KIND_QUESTION),
      default: DEFAULT_ANSWERS.workKind,
    },
    eng: {
      kind: "enum",
      label: "Engagement",
      values: values(ENGAGEMENT_QUESTION),
      default: DEFAULT_ANSWERS.engagement,
    },
    lang: {
      kind: "flag",
      label: "You share a first language",
      default: DEFAULT_ANSWERS.sharedLanguage,
    },
    tz: {
      kind: "enum",
      label: "Time-zone gap in hours",
      values: values(TIME_ZONE_QUESTION),
      default: DEFAULT_ANSWERS.timeZoneGap,
    },
    access: {
      kind: "text",
      label: "Access they need, joined by dots, or none",
      maxLength: 64,
      default: DEFAULT_ANSWERS.access.join(SEPARATOR),
    },
    docs: {
      kind: "enum",
      label: "Documentation that exists",
      values: values(DOCS_QUESTION),
      default: DEFAULT_ANSWERS.docs,
    },
    start: {
      kind: "text",
      label: "Start date, YYYY-MM-DD",
      maxLength: 10,
      default: "",
    },
    every: {
      kind: "enum",
      label: "Check-in rhythm",
      values: values(RHYTHM_QUESTION),
      default: DEFAULT_ANSWERS.rhythm,
    },
    ticks: {
      kind: "text",
      label: "Ids of ticked items, joined by dots",
      maxLength: MAX_TICKS * (MAX_TICK_ID_LENGTH + 1),
      default: "",
    },
  },
});

/** Every key the link may carry, "v" included, so a page can remove them all. */
export const ONBOARDING_LINK_KEYS: readonly string[] = [
  "v",
  ...Object.keys(onboardingCodec.fields),
];

/** What a link holds once read. */
export interface OnboardingLink {
  /** The link's answers, `base` for any it lacks or that were ignored. */
  readonly answers: Answers;
  /** The link's ticks; empty when it carries none. */
  readonly ticks: readonly string[];
  /** One plain-text notice per ignored setting (see defineCodec). */
  readonly notices: readonly string[];
  /** True when the URL carries any of the tool's keys. */
  readonly hasParams: boolean;
}

const ACCESS_KINDS: readonly string[] = values(ACCESS_QUESTION);

function readAccess(text: string): readonly AccessKind[] | null {
  if (text === NO_ACCESS) return [];
  const parts = text.split(SEPARATOR);
  if (!parts.every((part) => ACCESS_KINDS.includes(part))) return null;
  // Canonical order and no repeats, as the answers validator keeps them.
  return ACCESS_QUESTION.options
    .map((option) => option.value)
    .filter((kind) => parts.includes(kind));
}

/**
 * Reads a link's query string. Unknown keys and bad values are ignored, each
 * with a notice; a bad access list or start date keeps `base`'s; tick ids of
 * the wrong shape are dropped one by one. `locale` formats numbers in notices.
 * Never throws.
 */
export function decodeOnboardingLink(
  params: URLSearchParams,
  base: Answers,
  locale = "en-US",
): OnboardingLink {
  const decoded = onboardingCodec.decode(params, locale);
  const found = decoded.values;
  const notices = [...decoded.notices];
  let access = base.access;
  if (found.access !== undefined) {
    const read = readAccess(found.access);
    if (read === null) {
      notices.push(
        `Ignored ${quoteFromUrl(`access=${found.access}`)}: must be ${NO_ACCESS}, or some of ${ACCESS_KINDS.join(", ")} joined by dots`,
      );
    } else {
      access = read;
    }
  }
  let start = base.start;
  if (found.start !== undefined) {
    const ok =
      isIsoDate(found.start) &&
      found.start >= START_RANGE.min &&
      found.start <= START_RANGE.max;
    if (ok) start = found.start;
    else
      notices.push(
        `Ignored ${quoteFromUrl(`start=${found.start}`)}: must be a date from ${START_RANGE.min} to ${START_RANGE.max}, written YYYY-MM-DD`,
      );
  }
  // The same limits as saved ticks (validateTicks), so keeping a link's
  // ticks never stores what a reload would refuse; ids of items no checklist
  // has are dropped too, as they could never count.
  const ticks = new Set<string>();
  if (found.ticks !== undefined && found.ticks !== "") {
    const bad: string[] = [];
    for (const part of found.ticks.split(SEPARATOR)) {
      if (!isTickId(part) || !KNOWN_TICK_IDS.has(part)) bad.push(part);
      else if (ticks.size < MAX_TICKS) ticks.add(part);
    }
    if (bad.length > 0) {
      const example = quoteFromUrl(bad[0] ?? "");
      notices.push(
        bad.length === 1
          ? `Ignored a tick that is not a checklist item: ${example}`
          : `Ignored ${formatNumber(bad.length, locale, 0)} ticks that are not checklist items, such as ${example}`,
      );
    }
  }
  const candidate: Answers = {
    workKind: (found.work as Answers["workKind"] | undefined) ?? base.workKind,
    engagement: (found.eng as Answers["engagement"] | undefined) ?? base.engagement,
    sharedLanguage: found.lang ?? base.sharedLanguage,
    timeZoneGap: (found.tz as Answers["timeZoneGap"] | undefined) ?? base.timeZoneGap,
    access,
    docs: (found.docs as Answers["docs"] | undefined) ?? base.docs,
    start,
    rhythm: (found.every as Answers["rhythm"] | undefined) ?? base.rhythm,
  };
  // Every field was checked above; this is the same gate stored answers pass.
  const answers = validateAnswers(candidate) ?? base;
  return { answers, ticks: [...ticks], notices, hasParams: decoded.hasParams };
}

/**
 * Writes answers (and ticks, when any are given) as a query string that
 * decodeOnboardingLink reads back without notices: "v" first, then every
 * answer; "ticks" only when the list is not empty.
 */
export function encodeOnboardingLink(
  answers: Answers,
  ticks: readonly string[] = [],
): URLSearchParams {
  const params = onboardingCodec.encode({
    work: answers.workKind,
    eng: answers.engagement,
    lang: answers.sharedLanguage,
    tz: answers.timeZoneGap,
    access: answers.access.length === 0 ? NO_ACCESS : answers.access.join(SEPARATOR),
    docs: answers.docs,
    start: answers.start,
    every: answers.rhythm,
    ticks: ticks.filter(isTickId).join(SEPARATOR),
  });
  if (params.get("ticks") === "") params.delete("ticks");
  return params;
}
