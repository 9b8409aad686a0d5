import type { SupportedCurrency } from "~/lib/format/default-currency";
import type { BreakEvenInputs } from "./inputs";

/**
 * A guide's own worked example, for the calculator embedded in that guide to
 * open with, so the reader sees the numbers they have just read. Unlike a
 * task preset it sets every input, the horizon and hourly value included, and
 * the currency the guide writes its amounts in.
 */
export interface ArticleExample {
  /** Stable id, used as `<BreakEven example="…" />` in the guide. */
  id: string;
  /** Every input, as the guide states them. */
  inputs: Readonly<BreakEvenInputs>;
  /** The currency of the guide's amounts. */
  currency: SupportedCurrency;
}

/**
 * The guides' examples. tests/unit/break-even/article-examples.test.ts reads
 * each guide's prose and checks its numbers against these inputs and the model.
 */
export const ARTICLE_EXAMPLES: readonly ArticleExample[] = [
  {
    // /guide/what-to-outsource/, "A worked example": a weekly client newsletter.
    id: "newsletter",
    inputs: {
      do: 60,
      freq: 1,
      per: "week",
      months: 12,
      setup: 180,
      review: 10,
      price: 25,
      value: 60,
    },
    currency: "USD",
  },
];

/** The article example with this id, or undefined. */
export function articleExampleById(id: string): ArticleExample | undefined {
  return ARTICLE_EXAMPLES.find((example) => example.id === id);
}
