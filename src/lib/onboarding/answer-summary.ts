/**
 * The answers written out as short "question: answer" pairs, for exports and
 * for a summary above the checklist.
 */

import {
  ACCESS_QUESTION,
  DOCS_QUESTION,
  ENGAGEMENT_QUESTION,
  LANGUAGE_QUESTION,
  RHYTHM_QUESTION,
  TIME_ZONE_QUESTION,
  WORK_KIND_QUESTION,
  type Answers,
  type Question,
} from "./answers";
import { formatDueDate } from "./dates";

/** One answered question, as readers see it. */
export interface AnswerLine {
  readonly label: string;
  readonly value: string;
}

function labelOf<T>(question: Question<T>, value: T): string {
  return question.options.find((option) => Object.is(option.value, value))?.label ?? "";
}

/**
 * The answers as labelled lines in question order, using the option labels;
 * an empty access list reads "None", and the start date is written in fixed
 * English ("Jan 5, 2027") because the result goes into exported files.
 */
export function answerSummary(answers: Answers): readonly AnswerLine[] {
  const access = answers.access.map((kind) => labelOf(ACCESS_QUESTION, kind));
  return [
    { label: "Kind of work", value: labelOf(WORK_KIND_QUESTION, answers.workKind) },
    { label: "Engagement", value: labelOf(ENGAGEMENT_QUESTION, answers.engagement) },
    { label: "Language", value: labelOf(LANGUAGE_QUESTION, answers.sharedLanguage) },
    { label: "Time-zone gap", value: labelOf(TIME_ZONE_QUESTION, answers.timeZoneGap) },
    { label: "Access", value: access.length > 0 ? access.join(", ") : "None" },
    { label: "Documentation", value: labelOf(DOCS_QUESTION, answers.docs) },
    { label: "Start date", value: formatDueDate(answers.start) },
    { label: "Check-ins", value: labelOf(RHYTHM_QUESTION, answers.rhythm) },
  ];
}
