import fc from "fast-check";
import {
  ACCESS_QUESTION,
  DOCS_QUESTION,
  ENGAGEMENT_QUESTION,
  RHYTHM_QUESTION,
  TIME_ZONE_QUESTION,
  WORK_KIND_QUESTION,
  type Answers,
  type Question,
} from "~/lib/onboarding/answers";

const oneOf = <T>(question: Question<T>) =>
  fc.constantFrom(...question.options.map((option) => option.value));

/** Any real calendar date from 2000 to 2999, as "YYYY-MM-DD". */
export const isoDateArb = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2999-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** Any valid answers, access in canonical order as validateAnswers returns it. */
export const answersArb: fc.Arbitrary<Answers> = fc.record({
  workKind: oneOf(WORK_KIND_QUESTION),
  engagement: oneOf(ENGAGEMENT_QUESTION),
  sharedLanguage: fc.boolean(),
  timeZoneGap: oneOf(TIME_ZONE_QUESTION),
  access: fc.subarray(ACCESS_QUESTION.options.map((option) => option.value)),
  docs: oneOf(DOCS_QUESTION),
  start: isoDateArb,
  rhythm: oneOf(RHYTHM_QUESTION),
});
