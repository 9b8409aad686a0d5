import { DEFAULT_INPUTS, type BreakEvenInputs } from "./inputs";

/**
 * The inputs the tool page explains without JavaScript: the calculator's
 * defaults, so the explanation matches what the interactive part opens with.
 * Render its figures through `computeBreakEven` at build time; never type them.
 *
 * With the defaults (30 minutes, twice a week, 12 months, 120 minutes to hand
 * over, 5 minutes' review, 15 a time, 60 an hour) the hour is worth 1 a minute:
 * each occurrence costs 30 yourself against 15 + 5 = 20 delegated, so the 120
 * of setup is paid back after 12 occurrences, well within the 104 of a year.
 */
export const WORKED_EXAMPLE: Readonly<BreakEvenInputs> = DEFAULT_INPUTS;

/**
 * The sources' rule, first half: a one-time task that takes longer to explain
 * than to do stays with you. 20 minutes to do, 45 to hand over, once: the
 * verdict is "do it yourself" (one-off, explaining costs more).
 */
export const ONE_OFF_LONG_TO_EXPLAIN: Readonly<BreakEvenInputs> = Object.freeze({
  do: 20,
  freq: 1,
  per: "once",
  months: 12,
  setup: 45,
  review: 5,
  price: 10,
  value: 60,
});

/**
 * The sources' rule, second half: a repeated task is worth handing over even
 * when explaining it takes longer than doing it once, because the explaining
 * is paid back after a few occurrences. 30 minutes twice a week, 60 to hand
 * over, 5 to check: the time break-even is 3 (60 + 3 × 5 = 75 ≤ 90, while
 * 60 + 2 × 5 = 70 > 60), and at 5 a time with an hour worth 60 the money
 * break-even is 3 as well (60 + 3 × 10 = 90 ≤ 90).
 */
export const REPEATED_PAYS_BACK: Readonly<BreakEvenInputs> = Object.freeze({
  do: 30,
  freq: 2,
  per: "week",
  months: 12,
  setup: 60,
  review: 5,
  price: 5,
  value: 60,
});
