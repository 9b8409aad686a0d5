// Ahead of the reader's first edit, pays Intl's one-off set-up that the
// server's seeds spared the first render (src/lib/format/format-seeds.ts).
import { cachedNumberFormat } from "~/lib/format/cached-number-format";
import { $locale } from "./locale";

/**
 * Makes a number formatter for the reader's locale as they start to use a
 * tool (a tap or a focus inside it). The first one costs ICU's set-up, about
 * 30 ms here; every later one, whatever its options, about a millisecond. So
 * the set-up happens while the keyboard opens, not on the first keystroke.
 */
export function warmFormats(): void {
  cachedNumberFormat($locale.get());
}
