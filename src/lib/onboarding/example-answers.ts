/**
 * The answers of the checklist shown before the reader's own: at build time
 * (the page without JavaScript) and in the island's first render, which must
 * match the server's. A fixed date, because the build must not depend on the
 * day it runs; readers with JavaScript get a start four weeks from their today.
 */

import { DEFAULT_ANSWERS, type Answers } from "./answers";

/** The example start date, a Monday. */
export const EXAMPLE_START = "2027-01-04";

/** The default answers with the example start date. */
export const EXAMPLE_ANSWERS: Answers = { ...DEFAULT_ANSWERS, start: EXAMPLE_START };
