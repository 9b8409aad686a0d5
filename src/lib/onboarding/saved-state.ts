/**
 * What the onboarding tool keeps for a reader (in localStorage, and in a
 * shared link): their answers and their ticks, together, so a link that
 * carries ticks reproduces exactly the checklist it was made from. Saved
 * state also holds the plan's id, which never goes in a link (see
 * plan-key.ts), and the contractor's name, which a link carries only in its
 * fragment ("#to=", contractor-fragment.ts).
 */

import { validateAnswers, type Answers } from "./answers";
import { isTickId, MAX_TICKS, validateTicks } from "./tick-state";

/** The onboarding tool's whole state. */
export interface OnboardingState {
  readonly answers: Answers;
  /** Ids of ticked items, in the order they were ticked; see tick-state.ts. */
  readonly ticks: readonly string[];
  /**
   * A random id made when the plan is, so each plan's calendar events have
   * their own UIDs (see plan-key.ts). Absent in a shared link's state and in
   * state saved before plans had ids.
   */
  readonly plan?: string;
  /** The contractor's name, for event titles and exports; "" or absent when not given. */
  readonly contractor?: string;
}

/** Longest contractor name, in characters. */
export const CONTRACTOR_MAX_LENGTH = 60;

/** What a plan id looks like: see newPlanId in stores/onboarding.ts. */
export const PLAN_ID = /^[a-z0-9]{1,16}$/;

// Characters that could hide or reorder what a reader sees, as in names
// elsewhere on the site; line breaks become spaces.
const HIDDEN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A contractor's name made safe to show and cut to length; "" for anything else. */
export function cleanContractor(raw: unknown): string {
  if (typeof raw !== "string") return "";
  return Array.from(raw.replace(/[\r\n\t]+/g, " ").replace(HIDDEN, ""))
    .slice(0, CONTRACTOR_MAX_LENGTH)
    .join("");
}

/**
 * Builds a state from untrusted stored data, or null when the answers are
 * unusable (then the reader starts from the defaults). Ticks that are junk
 * (not a list, not ids) are dropped rather than costing the reader their
 * answers, and a list too long keeps its first {@link MAX_TICKS} ids; a
 * malformed plan id and a name that is not text are dropped too. Never throws.
 */
export function validateSavedState(data: unknown): OnboardingState | null {
  try {
    if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
    const record = data as Record<string, unknown>;
    const field = (key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
    const answers = validateAnswers(field("answers"));
    if (answers === null) return null;
    const raw = field("ticks") ?? [];
    // A list validateTicks refuses (too long, or with junk in it) still holds
    // the reader's real ticks: keep those rather than lose every one.
    const ticks =
      validateTicks(raw) ??
      (Array.isArray(raw)
        ? validateTicks([...new Set(raw.filter(isTickId))].slice(0, MAX_TICKS))
        : null);
    const plan = field("plan");
    const contractor = cleanContractor(field("contractor"));
    return {
      answers,
      ticks: ticks ?? [],
      ...(typeof plan === "string" && PLAN_ID.test(plan) ? { plan } : {}),
      ...(contractor === "" ? {} : { contractor }),
    };
  } catch {
    return null;
  }
}
