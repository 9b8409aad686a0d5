import { formatHours } from "~/lib/format/format-hours";
import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import type { BreakEvenResult } from "./model";
import type { Schedule } from "./occurrences";
import { fillIn } from "./fill-in";
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
 * A price limit written so that it still holds at the value shown. The model
 * rounds it down to the cent; `formatMoney` shows whole units from 100 (and
 * for the yen, the one supported currency without cents), so round those down
 * too, never to the nearest.
 */
const moneyAtMost = (value: number, currency: string, locale: string) =>
  formatMoney(
    value < 100 && currency !== "JPY" ? value : Math.floor(value),
    currency,
    locale,
  );

/**
 * A limit in whole minutes (as the model gives it) written so that it still
 * holds: from an hour up `formatHours` shows tenths of an hour, so round down
 * to 6 minutes there.
 */
const minutesAtMost = (minutes: number, locale: string) =>
  formatHours(minutes < 60 ? minutes : minutes - (minutes % 6), locale);

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
  const horizon = `${formatNumber(inputs.months, locale, 0)} ${inputs.months === 1 ? "month" : "months"}`;
  const paysBack = (k: number | null, never: string) => {
    if (k === null) return never;
    if (k > n) return once ? w["once-no"] : fillIn(w["not-within"], { horizon });
    if (once) return w["once-yes"];
    const date = ctx.dateOf && k > 1 ? ctx.dateOf(k, inputs) : null;
    return fillIn(w[date ? "after-dated" : "after"], {
      times: timesText(k, locale),
      date: date ?? "",
    });
  };
  const back = fillIn(w[result.hoursBack >= 0 ? "hours-back" : "hours-lost"], {
    hours: hours(Math.abs(result.hoursBack)),
  });
  const net = unvalued
    ? inputs.price > 0
      ? fillIn(w["net-paid"], { money: money(result.delegatedCost) })
      : ""
    : fillIn(w[result.netValue >= 0 ? "net-worth" : "net-costs"], {
        money: money(Math.abs(result.netValue)),
      });
  const over = w[once ? "over-once" : "over-horizon"];
  const time =
    whatFlips.reviewForTime === null
      ? fillIn(w["flip-time-none"], { over })
      : fillIn(w["flip-time"], {
          minutes: minutesAtMost(whatFlips.reviewForTime, locale),
        });
  const flips = unvalued
    ? `${time}.`
    : fillIn(w[whatFlips.price === null ? "flip-none" : "flip-pays"], {
        over,
        time,
        price:
          whatFlips.price === null ? "" : moneyAtMost(whatFlips.price, currency, locale),
        review:
          whatFlips.review === null
            ? ""
            : fillIn(w["flip-review"], {
                minutes: minutesAtMost(whatFlips.review, locale),
              }),
      });
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
        : fillIn(w["label-over"], {
            horizon,
            count: `${formatNumber(n, locale, 0)} ${n === 1 ? "time" : "times"}`,
          }),
      value: back + net,
    },
    {
      label: w["label-per-hour"],
      value:
        perHour === null
          ? w["no-hour-freed"]
          : fillIn(w[unvalued ? "per-hour-unvalued" : "per-hour"], {
              perHour: money(perHour),
              value: money(inputs.value),
            }),
    },
    {
      label: w["label-flip"],
      value: flips.charAt(0).toUpperCase() + flips.slice(1),
    },
  ];
}
