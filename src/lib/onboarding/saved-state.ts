/**
 * What the onboarding tool keeps for a reader (in localStorage, and in a
 * shared link): their answers and their ticks, together, so a link that
 * carries ticks reproduces exactly the checklist it was made from.
 */

import { validateAnswers, type Answers } from "./answers";
import { validateTicks } from "./tick-state";

/** The onboarding tool's whole state. */
export interface OnboardingState {
  readonly answers: Answers;
  /** Ids of ticked items, in the order they were ticked; see tick-state.ts. */
  readonly ticks: readonly string[];
}

/**
 * Builds a state from untrusted stored data, or null when the answers are
 * unusable (then the reader starts from the defaults). Ticks that are junk
 * (not a list, too long, not ids) are dropped rather than costing the reader
 * their answers. Never throws.
 */
export function validateSavedState(data: unknown): OnboardingState | null {
  try {
    if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
    const record = data as Record<string, unknown>;
    const answers = validateAnswers(
      Object.hasOwn(record, "answers") ? record["answers"] : undefined,
    );
    if (answers === null) return null;
    const ticks = validateTicks(Object.hasOwn(record, "ticks") ? record["ticks"] : []);
    return { answers, ticks: ticks ?? [] };
  } catch {
    return null;
  }
}
