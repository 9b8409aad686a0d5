// The calculator's address from figures, written with its link keys
// (url-codec.ts, version 1) rather than through its codec, so a page that
// links to the calculator (the audit, the scorecard) does not load the
// calculator's code. tests/unit/calculator-href.test.ts decodes these
// addresses with the real codec to keep the two in step.
import type { SupportedCurrency } from "~/lib/format/default-currency";
import type { Period } from "./inputs";

/** The calculator's page. */
export const CALCULATOR_PATH = "/tools/break-even/";

/** The figures a link may set; any left out stay at the calculator's defaults. */
export interface CalculatorFigures {
  /** Minutes to do the task once yourself. */
  readonly do?: number;
  /** How many times it comes up each `per`. */
  readonly freq?: number;
  readonly per?: Period;
  /** The contractor's price each time, in `cur`. */
  readonly price?: number;
  /** What an hour of the reader's time is worth, in `cur`. */
  readonly value?: number;
  readonly cur?: SupportedCurrency;
}

// The codec's order, so equal figures always give the same address.
const KEYS = ["do", "freq", "per", "price", "value", "cur"] as const;

/** The calculator's address opened with `figures` ("v=1" first). */
export function calculatorHref(figures: CalculatorFigures): string {
  const params = new URLSearchParams({ v: "1" });
  for (const key of KEYS) {
    const value = figures[key];
    if (value !== undefined) params.set(key, String(value));
  }
  return `${CALCULATOR_PATH}?${params}`;
}
