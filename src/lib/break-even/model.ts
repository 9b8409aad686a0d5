import { FIELD_LIMITS, normalizeInputs, type BreakEvenInputs } from "./inputs";
import { noNegativeZero } from "./no-negative-zero";
import { monthsToReach, occurrencesOverHorizon } from "./occurrences";

/**
 * Why the verdict is "do it yourself", one reason per sentence the view writes:
 *
 * - `review-too-long`: briefing and checking each time takes as long as doing
 *   the task (review ≥ do), so handing it over never gives time back.
 * - `costs-more-than-your-time`: each occurrence costs more delegated (price
 *   plus your review time) than your own time doing it is worth; equivalently
 *   `pricePerHourBack` ≥ `value`. No amount of repetition helps.
 * - `one-off-explaining-costs-more`: the task happens once and handing it over
 *   costs more than doing it (it would pay back only if it repeated).
 * - `never-pays-back-in-horizon`: it recurs and would pay back eventually, but
 *   not within the longest horizon the calculator judges
 *   (`FIELD_LIMITS.months.max` months) at this frequency.
 */
export type DoItYourselfReason =
  | "review-too-long"
  | "costs-more-than-your-time"
  | "one-off-explaining-costs-more"
  | "never-pays-back-in-horizon";

/**
 * Which view decided a "delegate" verdict: money (time valued at `value`, plus
 * the price), or time alone, used whenever `value` is 0: with no value on an
 * hour, money cannot weigh the hours you get back against the price.
 */
export type VerdictBasis = "money" | "time";

/** The calculator's answer, as data the view turns into one sentence. */
export type Verdict =
  /** Delegate: it pays back within the horizon, after `breakEven` occurrences. */
  | { kind: "delegate"; basis: VerdictBasis; breakEven: number }
  /**
   * Delegate only if it keeps recurring: it pays back after `atLeast`
   * occurrences, which at this frequency takes `months` months, beyond the horizon.
   */
  | { kind: "delegate-if-repeats"; basis: VerdictBasis; atLeast: number; months: number }
  /** Do it yourself, for the given reason. */
  | { kind: "do-it-yourself"; reason: DoItYourselfReason };

/**
 * How far two inputs could move before the answer flips, other inputs
 * unchanged: the highest price per occurrence and the most review minutes per
 * occurrence at which delegating still pays over the horizon (net value ≥ 0),
 * and the most review minutes at which it still gives any time back (hours
 * back ≥ 0, whatever the price). Each is a maximum, so each is rounded down:
 * at the value shown the answer still holds. Each is null when no value ≥ 0
 * qualifies, and is clamped to the field's range.
 */
export interface WhatFlips {
  /**
   * Highest price per occurrence that still pays, rounded down to
   * `FLIP_PRICE_STEP`; null when `value` is 0 (money cannot weigh time then).
   */
  price: number | null;
  /**
   * Most review minutes per occurrence that still pay in money, rounded down to
   * `FLIP_REVIEW_STEP`; null when `value` is 0.
   */
  review: number | null;
  /**
   * Most review minutes per occurrence at which you still get time back over
   * the horizon (setup + n × review ≤ n × do), rounded down to `FLIP_REVIEW_STEP`.
   */
  reviewForTime: number | null;
}

/** `whatFlips.price` is rounded down to this (a cent), so a displayed price never overshoots. */
export const FLIP_PRICE_STEP = 0.01;

/**
 * The review limits are rounded down to whole minutes: the view shows whole
 * minutes, so a limit of 32.69 reads "32 minutes", at which it still holds.
 */
export const FLIP_REVIEW_STEP = 1;

/** Everything the calculator works out from its inputs. All numbers are finite and never -0. */
export interface BreakEvenResult {
  /** The inputs actually used: the given ones after `normalizeInputs`. */
  inputs: BreakEvenInputs;
  /** Occurrences over the horizon (whole, at least 1). */
  n: number;
  /** Minutes you save each occurrence, do − review; negative when review takes longer. */
  minutesSavedPerOccurrence: number;
  /** Your minutes over the horizon if you keep doing it: n × do. */
  yourselfMinutes: number;
  /** Your minutes over the horizon if you delegate: setup + n × review. */
  delegatedMinutes: number;
  /**
   * Hours you get back over the horizon by delegating,
   * (yourselfMinutes − delegatedMinutes) / 60. Negative when delegating costs you more time.
   */
  hoursBack: number;
  /**
   * Time break-even: the smallest whole count k ≥ 1 with setup + k × review ≤ k × do,
   * or null when review ≥ do (handing over never saves time).
   */
  timeBreakEven: number | null;
  /** Your time for one occurrence, in money: do/60 × value. */
  yourselfCostPerOccurrence: number;
  /** One delegated occurrence in money: price + review/60 × value. */
  delegatedCostPerOccurrence: number;
  /** The one-time hand-over in money: setup/60 × value. */
  setupCost: number;
  /** Doing it yourself over the horizon, in money: n × yourselfCostPerOccurrence. */
  yourselfCost: number;
  /** Delegating over the horizon, in money: setupCost + n × delegatedCostPerOccurrence. */
  delegatedCost: number;
  /**
   * What delegating is worth over the horizon: yourselfCost − delegatedCost.
   * Negative when delegating costs more. With value 0 it counts cash only (−n × price).
   */
  netValue: number;
  /**
   * Money break-even: the smallest whole count k ≥ 1 with
   * setupCost + k × delegatedCostPerOccurrence ≤ k × yourselfCostPerOccurrence,
   * or null unless delegatedCostPerOccurrence < yourselfCostPerOccurrence.
   * Always null when value is 0: your own time then costs nothing in cash.
   */
  moneyBreakEven: number | null;
  /**
   * What each hour you get back costs you: price ÷ ((do − review)/60), to compare
   * with `value`. Null when do ≤ review (no hour comes back).
   */
  pricePerHourBack: number | null;
  /** The answer in one piece of data. */
  verdict: Verdict;
  /** How far price or review time could rise before delegating stops paying. */
  whatFlips: WhatFlips;
}

/** The money figures per occurrence and for the hand-over, as the docs above define them. */
interface MoneyTerms {
  yourselfPer: number;
  reviewPer: number;
  delegatedPer: number;
  setupCost: number;
}

function moneyTerms(inputs: BreakEvenInputs): MoneyTerms {
  const reviewPer = (inputs.review / 60) * inputs.value;
  return {
    yourselfPer: (inputs.do / 60) * inputs.value,
    reviewPer,
    delegatedPer: inputs.price + reviewPer,
    setupCost: (inputs.setup / 60) * inputs.value,
  };
}

/** Net value over n occurrences; the single formula both the result and `whatFlips` use. */
function netValueOf(inputs: BreakEvenInputs, n: number): number {
  const terms = moneyTerms(inputs);
  return n * terms.yourselfPer - (terms.setupCost + n * terms.delegatedPer);
}

/**
 * The smallest whole k ≥ 1 with fixed + k × per ≤ k × gain, or null unless per < gain.
 *
 * The closed form ceil(fixed / (gain − per)) can be off once floating-point
 * rounding enters: usually by a step, but by trillions when per and gain
 * nearly cancel (gain − per ≈ 1e-11), where walking one step at a time would
 * hang the page. So the estimate only seeds a search on the inequality itself:
 * gallop up to a count that holds, then bisect. At most about 110 checks; the
 * answer always satisfies the inequality, and k − 1 never does.
 */
function smallestCount(fixed: number, per: number, gain: number): number | null {
  if (!(per < gain)) return null;
  const holds = (k: number): boolean => fixed + k * per <= k * gain;
  const estimate = Math.max(1, Math.ceil(fixed / (gain - per)));
  // Past 2^53 whole counts are no longer exact; such a break-even is never reached anyway.
  if (!Number.isSafeInteger(estimate)) return estimate;
  let high = estimate;
  for (let step = 1; !holds(high); step *= 2) {
    high = estimate + step;
    if (!Number.isSafeInteger(high)) return high;
  }
  // Gallop down to a count that does not hold (0 stands for "none below").
  let low = high - 1;
  for (let step = 2; low >= 1 && holds(low); step *= 2) {
    high = low;
    low = Math.max(0, high - step);
  }
  // holds(high), and low is 0 or does not hold: the answer is in (low, high].
  while (high - low > 1) {
    const middle = low + Math.floor((high - low) / 2);
    if (holds(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * The largest multiple of 1/unitsPerOne in [0, max] at which `pays` holds,
 * starting from a closed-form estimate and stepping down past rounding noise;
 * null when even 0 does not pay.
 */
function highestThatPays(
  estimate: number,
  max: number,
  unitsPerOne: number,
  pays: (x: number) => boolean,
): number | null {
  if (Number.isNaN(estimate)) return null;
  // A negative estimate can still be a rounding away from 0 paying (tiny
  // setups underflow differently in the estimate and in `pays`), so the
  // search starts at 0 at least and `pays` alone decides.
  let units = Math.floor(Math.max(0, Math.min(estimate, max)) * unitsPerOne + 1e-6);
  for (let tries = 0; tries < 3 && units >= 0 && !pays(units / unitsPerOne); tries++) {
    units -= 1;
  }
  if (units < 0 || !pays(units / unitsPerOne)) return null;
  return noNegativeZero(units / unitsPerOne);
}

function findWhatFlips(inputs: BreakEvenInputs, n: number): WhatFlips {
  const terms = moneyTerms(inputs);
  const reviewForTime = highestThatPays(
    inputs.do - inputs.setup / n,
    FIELD_LIMITS.review.max,
    1 / FLIP_REVIEW_STEP,
    (r) => n * inputs.do - (inputs.setup + n * r) >= 0,
  );
  // With no value on an hour, money sees only the price: no money limit exists.
  if (inputs.value === 0) return { price: null, review: null, reviewForTime };
  const price = highestThatPays(
    terms.yourselfPer - terms.reviewPer - terms.setupCost / n,
    FIELD_LIMITS.price.max,
    1 / FLIP_PRICE_STEP,
    (p) => netValueOf({ ...inputs, price: p }, n) >= 0,
  );
  const review = highestThatPays(
    inputs.do - inputs.setup / n - (60 * inputs.price) / inputs.value,
    FIELD_LIMITS.review.max,
    1 / FLIP_REVIEW_STEP,
    (r) => netValueOf({ ...inputs, review: r }, n) >= 0,
  );
  return { price, review, reviewForTime };
}

function doItYourself(reason: DoItYourselfReason): Verdict {
  return { kind: "do-it-yourself", reason };
}

function decideVerdict(
  inputs: BreakEvenInputs,
  n: number,
  timeBreakEven: number | null,
  moneyBreakEven: number | null,
): Verdict {
  if (inputs.review >= inputs.do) return doItYourself("review-too-long");
  const basis: VerdictBasis = inputs.value === 0 ? "time" : "money";
  const breakEven = basis === "time" ? timeBreakEven : moneyBreakEven;
  if (breakEven === null) return doItYourself("costs-more-than-your-time");
  if (breakEven <= n) return { kind: "delegate", basis, breakEven };
  // The sources' rule: a one-off that costs more to hand over than to do stays with you.
  if (inputs.per === "once") return doItYourself("one-off-explaining-costs-more");
  const months = monthsToReach(breakEven, inputs);
  if (months === null || months > FIELD_LIMITS.months.max) {
    return doItYourself("never-pays-back-in-horizon");
  }
  return { kind: "delegate-if-repeats", basis, atLeast: breakEven, months };
}

/**
 * Works out whether handing a task over pays, in time and in money, over the
 * horizon. Inputs are first passed through `normalizeInputs`, so out-of-range
 * or non-finite values are clamped rather than turned into NaN.
 *
 * With `value` 0 the money view counts cash only: your own minutes cost
 * nothing, so doing it yourself costs 0 and delegating costs the price. There
 * is then no money break-even and no money limit, and the verdict is about
 * time alone (basis "time"): the field promises that 0 leaves money out.
 */
export function computeBreakEven(given: BreakEvenInputs): BreakEvenResult {
  const inputs = normalizeInputs(given);
  const n = occurrencesOverHorizon(inputs);
  const terms = moneyTerms(inputs);
  const yourselfMinutes = n * inputs.do;
  const delegatedMinutes = inputs.setup + n * inputs.review;
  const timeBreakEven = smallestCount(inputs.setup, inputs.review, inputs.do);
  // Cash alone never favours delegating, so value 0 has no money break-even.
  const moneyBreakEven =
    inputs.value > 0
      ? smallestCount(terms.setupCost, terms.delegatedPer, terms.yourselfPer)
      : null;
  const yourselfCost = n * terms.yourselfPer;
  const delegatedCost = terms.setupCost + n * terms.delegatedPer;
  const clean = noNegativeZero;
  const cleanOrNull = (x: number | null): number | null => (x === null ? null : clean(x));
  return {
    inputs,
    n,
    minutesSavedPerOccurrence: clean(inputs.do - inputs.review),
    yourselfMinutes: clean(yourselfMinutes),
    delegatedMinutes: clean(delegatedMinutes),
    hoursBack: clean((yourselfMinutes - delegatedMinutes) / 60),
    timeBreakEven: cleanOrNull(timeBreakEven),
    yourselfCostPerOccurrence: clean(terms.yourselfPer),
    delegatedCostPerOccurrence: clean(terms.delegatedPer),
    setupCost: clean(terms.setupCost),
    yourselfCost: clean(yourselfCost),
    delegatedCost: clean(delegatedCost),
    netValue: clean(netValueOf(inputs, n)),
    moneyBreakEven: cleanOrNull(moneyBreakEven),
    pricePerHourBack:
      inputs.do > inputs.review
        ? clean(inputs.price / ((inputs.do - inputs.review) / 60))
        : null,
    verdict: decideVerdict(inputs, n, timeBreakEven, moneyBreakEven),
    whatFlips: findWhatFlips(inputs, n),
  };
}
