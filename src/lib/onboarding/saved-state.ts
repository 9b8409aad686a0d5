/**
 * What the onboarding tool keeps for a reader (in localStorage, and in a
 * shared link): their answers and their ticks, together, so a link that
 * carries ticks reproduces exactly the checklist it was made from.
 */

import { validateAnswers, type Answers } from "./answers";
import { isTickId, MAX_TICKS, validateTicks } from "./tick-state";

/** The onboarding tool's whole state. */
export interface OnboardingState {
  readonly answers: Answers;
  /** Ids of ticked items, in the order they were ticked; see tick-state.ts. */
  readonly ticks: readonly string[];
}

/**
 * Builds a state from untrusted stored data, or null when the answers are
 * unusable (then the reader starts from the defaults). Ticks that are junk
 * (not a list, not ids) are dropped rather than costing the reader their
 * answers, and a list too long keeps its first {@link MAX_TICKS} ids. Never throws.
 */
export function validateSavedState(data: unknown): OnboardingState | null {
  try {
    if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
    const record = data as Record<string, unknown>;
    const answers = validateAnswers(
      Object.hasOwn(record, "answers") ? record["answers"] : undefined,
    );
    if (answers === null) return null;
    const raw = Object.hasOwn(record, "ticks") ? record["ticks"] : [];
    // A list validateTicks refuses (too long, or with junk in it) still holds
    // the reader's real ticks: keep those rather than lose every one.
    const ticks =
      validateTicks(raw) ??
      (Array.isArray(raw)
        ? validateTicks([...new Set(raw.filter(isTickId))].slice(0, MAX_TICKS))
        : null);
    return { answers, ticks: ticks ?? [] };
  } catch {
    return null;
  }
}
