import { SUPPORTED_CURRENCIES } from "~/lib/format/default-currency";
// fast-check arbitraries for valid scorecards: what the tool itself can
// produce, so a link or a save of any of them must come back unchanged.
import fc from "fast-check";
import { AMOUNT_LIMITS } from "~/lib/scorecard/amount-limits";
import {
  candidateLetters,
  MAX_CANDIDATES,
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  type Candidate,
  type Rating,
  type Scorecard,
} from "~/lib/scorecard/candidate";
import { cleanText } from "~/lib/text/clean-text";
import { CRITERION_IDS, type CriterionId } from "~/lib/scorecard/criteria";
import { DEALBREAKER_IDS } from "~/lib/scorecard/dealbreakers";
import { MAX_WEIGHT, PRESET_IDS } from "~/lib/scorecard/presets";

/** Text the tool would keep as it is: any characters, markup included, minus hidden ones. */
const text = (maxLength: number, multiline: boolean) =>
  fc
    .oneof(
      fc.string({ unit: "grapheme", maxLength }),
      // Characters links and storage must carry safely, and some they must drop.
      fc.string({
        unit: fc.constantFrom(..."aZ <>&=+#%?\"'éŁ😀\n\t\u202e\u0000"),
        maxLength,
      }),
      fc.constantFrom("<img src=x onerror=alert(1)>", "Zoë & Łukasz", "a+b=c#d", " "),
    )
    .filter((t) => {
      const clean = cleanText(t, maxLength, multiline);
      return !clean.changed && clean.text === t;
    });

/** An amount in cents, as the tool rounds what readers type. */
const amount = (max: number, min = 1) =>
  fc.option(
    fc.integer({ min, max: max * 100 }).map((cents) => cents / 100),
    { nil: null },
  );

const ratings = fc
  .tuple(...CRITERION_IDS.map(() => fc.constantFrom<Rating>(null, 0, 1, 2, 3, 4)))
  .map((list) => {
    const record = {} as Record<CriterionId, Rating>;
    CRITERION_IDS.forEach((id, i) => (record[id] = list[i] as Rating));
    return record;
  });

const candidate = (id: string): fc.Arbitrary<Candidate> =>
  fc.record({
    id: fc.constant(id),
    name: text(NAME_MAX_LENGTH, false),
    ratings,
    dealbreakers: fc
      .subarray([...DEALBREAKER_IDS])
      .map((ticked) => DEALBREAKER_IDS.filter((d) => ticked.includes(d))),
    note: text(NOTE_MAX_LENGTH, true),
    quote: amount(AMOUNT_LIMITS.quote),
    hours: amount(AMOUNT_LIMITS.hours),
  });

/** Any scorecard the tool could hold: 1 to 12 candidates with distinct ids. */
export const validScorecard: fc.Arbitrary<Scorecard> = fc
  .record({
    role: fc.constantFrom(...PRESET_IDS),
    weights: fc
      .tuple(...CRITERION_IDS.map(() => fc.integer({ min: 0, max: MAX_WEIGHT })))
      .map((list) => {
        const record = {} as Record<CriterionId, number>;
        CRITERION_IDS.forEach((id, i) => (record[id] = list[i] as number));
        return record;
      }),
    rateRange: fc.record({
      min: amount(AMOUNT_LIMITS.rate, 0),
      max: amount(AMOUNT_LIMITS.rate, 0),
    }),
    currency: fc.constantFrom(...SUPPORTED_CURRENCIES),
    ids: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), {
      minLength: 1,
      maxLength: MAX_CANDIDATES,
    }),
  })
  .chain(({ ids, ...rest }) =>
    fc
      .tuple(...ids.map((n) => candidate(candidateLetters(n).toLowerCase())))
      .map((candidates) => ({ ...rest, candidates })),
  );
