import { formatHours } from "~/lib/format/format-hours";
import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import type { BreakEvenResult } from "./model";
import type { Schedule } from "./occurrences";

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
}

/** "the first time" or "12 times". */
export const timesText = (k: number, locale: string) =>
  k === 1 ? "the first time" : `${formatNumber(k, locale, 0)} times`;

/**
 * The figures behind the verdict, in reading order: both break-evens (dated
 * from today at the chosen frequency), what the horizon brings back, what each
 * hour back costs, and what would flip the answer. Every value is formatted
 * through the kit, so no NaN, Infinity or -0 can reach the page.
 */
export function resultFigures(result: BreakEvenResult, ctx: FigureContext): Figure[] {
  const { inputs, whatFlips, pricePerHourBack: perHour } = result;
  const { locale } = ctx;
  const money = (value: number) => formatMoney(value, ctx.currency, locale);
  const hours = (h: number) => formatHours(h * 60, locale);
  const after = (k: number | null, never: string) => {
    if (k === null) return never;
    const date = ctx.dateOf && k > 1 ? ctx.dateOf(k, inputs) : null;
    return `after ${timesText(k, locale)}${date ? ` (around ${date} if you start today)` : ""}`;
  };
  const back =
    result.hoursBack >= 0
      ? `you get back ${hours(result.hoursBack)}`
      : `you spend ${hours(-result.hoursBack)} more`;
  const net =
    inputs.value === 0
      ? ""
      : result.netValue >= 0
        ? `, worth ${money(result.netValue)} net`
        : `, and it costs ${money(-result.netValue)} more than doing it yourself`;
  const flipReview =
    whatFlips.review === null
      ? ""
      : ` or up to ${formatHours(whatFlips.review, locale)} of your checking each time`;
  return [
    {
      label: "Pays back in time",
      value: after(result.timeBreakEven, "never: checking takes as long as doing it"),
    },
    {
      label: "Pays back in money",
      value: after(result.moneyBreakEven, "never, at these numbers"),
    },
    {
      label: `Over ${formatNumber(inputs.months, locale, 0)} months (${timesText(result.n, locale).replace("the first time", "once")})`,
      value: back + net,
    },
    {
      label: "Each hour you get back costs",
      value:
        perHour === null
          ? "nothing comes back: no hour is freed"
          : `${money(perHour)}, against the ${money(inputs.value)} your hour is worth`,
    },
    {
      label: "What would flip it",
      value:
        whatFlips.price === null
          ? "no price makes delegating pay over this horizon."
          : `delegating still pays at up to ${money(whatFlips.price)} a time${flipReview}.`,
    },
  ];
}
