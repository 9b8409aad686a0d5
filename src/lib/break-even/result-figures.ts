import { formatHours } from "~/lib/format/format-hours";
import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import type { BreakEvenResult } from "./model";
import type { Schedule } from "./occurrences";
import type { VerdictReasons } from "./verdict-reasons";

/** One figure under the verdict: a short label and its value in words. */
export interface Figure {
  label: string;
  value: string;
}

/** How to write the figures: money, numbers and dates for the reader. */
export interface FigureContext {
  currency: string;
  locale: string;
  /**
   * The date of the k-th occurrence at a schedule, counted from today and
   * written for the reader, or null
   * to leave dates out (the server render, or before the date code has loaded).
   */
  dateOf: ((k: number, schedule: Schedule) => string | null) | null;
  /** The fixed words (verdict-reasons.ts), which reach the island as props. */
  words: VerdictReasons;
}

/** "the first time" or "12 times". */
export const timesText = (k: number, locale: string) =>
  k === 1 ? "the first time" : `${formatNumber(k, locale, 0)} times`;

/**
 * A maximum written so that it still holds at the value shown: rounded down to
 * what `formatMoney` shows (whole units from 100, else cents; of the supported
 * currencies only the yen has no cents), never to the nearest.
 */
function moneyAtMost(value: number, currency: string, locale: string): string {
  const scale = value < 100 && currency !== "JPY" ? 100 : 1;
  return formatMoney(Math.floor(value * scale + 1e-9) / scale, currency, locale);
}

/**
 * A maximum of minutes written so that it still holds: `formatHours` shows
 * whole minutes under an hour and tenths of an hour above, so round down to those.
 */
const minutesAtMost = (minutes: number, locale: string): string =>
  formatHours(minutes < 60 ? Math.floor(minutes) : Math.floor(minutes / 6) * 6, locale);

/**
 * The figures behind the verdict, in reading order: both break-evens (dated
 * from today at the chosen frequency), what the horizon brings back, what each
 * hour back costs, and what would flip the answer. Every value is formatted
 * through the kit, so no NaN, Infinity or -0 can reach the page.
 *
 * A break-even beyond the occurrences in the horizon is never given as a
 * count here: the figures say it does not pay back within the horizon (for a
 * one-off, that its one time does not pay), as the verdict and the chart do.
 * With an hour valued at 0 the money figures say money cannot be weighed.
 */
export function resultFigures(result: BreakEvenResult, ctx: FigureContext): Figure[] {
  const { inputs, whatFlips, pricePerHourBack: perHour, n } = result;
  const { locale, currency, words: w } = ctx;
  const once = inputs.per === "once";
  const unvalued = inputs.value === 0;
  const money = (value: number) => formatMoney(value, currency, locale);
  const hours = (h: number) => formatHours(h * 60, locale);
  const monthsText = `${formatNumber(inputs.months, locale, 0)} ${inputs.months === 1 ? "month" : "months"}`;
  const paysBack = (k: number | null, never: string) => {
    if (k === null) return never;
    if (k > n) return once ? w["once-no"] : `not within your ${monthsText}`;
    if (once) return w["once-yes"];
    const date = ctx.dateOf && k > 1 ? ctx.dateOf(k, inputs) : null;
    return `after ${timesText(k, locale)}${date ? ` (around ${date} if you start today)` : ""}`;
  };
  const back =
    result.hoursBack >= 0
      ? `you get back ${hours(result.hoursBack)}`
      : `you spend ${hours(-result.hoursBack)} more`;
  const net = unvalued
    ? inputs.price > 0
      ? `, and pay ${money(result.delegatedCost)}`
      : ""
    : result.netValue >= 0
      ? `, worth ${money(result.netValue)} net`
      : `, and it costs ${money(-result.netValue)} more than doing it yourself`;
  const over = once ? "for its one time" : "over this horizon";
  const timeLimit =
    whatFlips.reviewForTime === null
      ? `no amount of checking gives you time back ${over}`
      : `you get time back with up to ${minutesAtMost(whatFlips.reviewForTime, locale)} of your checking each time`;
  let flips: string;
  if (unvalued) {
    flips = `${timeLimit}.`;
  } else if (whatFlips.price === null) {
    flips = `no price makes delegating pay ${over}; whatever the price, ${timeLimit}.`;
  } else {
    const flipReview =
      whatFlips.review === null
        ? ""
        : ` or up to ${minutesAtMost(whatFlips.review, locale)} of your checking each time`;
    flips = `delegating still pays at up to ${moneyAtMost(whatFlips.price, currency, locale)} a time${flipReview}; whatever the price, ${timeLimit}.`;
  }
  return [
    {
      label: w["label-time"],
      value: paysBack(result.timeBreakEven, w["never-time"]),
    },
    {
      label: w["label-money"],
      value: unvalued
        ? w["money-unweighed"]
        : paysBack(result.moneyBreakEven, w["never-money"]),
    },
    {
      label: once
        ? w["label-once"]
        : `Over ${monthsText} (${formatNumber(n, locale, 0)} ${n === 1 ? "time" : "times"})`,
      value: back + net,
    },
    {
      label: w["label-per-hour"],
      value:
        perHour === null
          ? w["no-hour-freed"]
          : unvalued
            ? `${money(perHour)}; ${w["value-your-hour"]}`
            : `${money(perHour)}, against the ${money(inputs.value)} your hour is worth`,
    },
    {
      label: w["label-flip"],
      value: flips.charAt(0).toUpperCase() + flips.slice(1),
    },
  ];
}
