// "Check it in the break-even calculator": a link that opens the calculator
// with one task of the audit, done once a week. The address itself comes from
// calculatorHref, which keeps the calculator's code off the audit's page.
import { calculatorHref } from "~/lib/break-even/calculator-href";
import type { Audit } from "./audit";
import type { PlacedTask } from "./audit-result";

/** The calculator's limits on "time to do it" (minutes) and on the price. */
const MINUTES = { min: 1, max: 10_000 } as const;
const PRICE_MAX = 1_000_000;

const twoDecimals = (x: number) => Math.round(x * 100) / 100;

/** The figures the calculator opens with for `placed`. */
export interface CalculatorFigures {
  /** The task's minutes a week: the calculator's "time to do it yourself". */
  readonly minutes: number;
  /** A contractor's price for those minutes at the task's rate. */
  readonly price: number;
}

/** The figures for the calculator, or null when the task's hours or rate are missing or beyond its limits. */
export function calculatorFigures(placed: PlacedTask): CalculatorFigures | null {
  const minutes = twoDecimals(placed.hoursPerWeek * 60);
  if (placed.task.rate === null || minutes < MINUTES.min || minutes > MINUTES.max)
    return null;
  const price = twoDecimals((minutes / 60) * placed.task.rate);
  return price > PRICE_MAX ? null : { minutes, price };
}

/**
 * The calculator's address for `placed`: its weekly minutes done once a week,
 * a contractor's price for them, the reader's hourly value and currency. The
 * rest (hand-over time, review, horizon) stays at the calculator's defaults.
 */
export function calculatorLink(
  placed: PlacedTask,
  audit: Pick<Audit, "value" | "currency">,
): string | null {
  const figures = calculatorFigures(placed);
  if (!figures) return null;
  return calculatorHref({
    do: figures.minutes,
    freq: 1,
    per: "week",
    price: figures.price,
    ...(audit.value === null ? {} : { value: twoDecimals(audit.value) }),
    cur: audit.currency,
  });
}
