import type { OnboardingState } from "./saved-state";

/** FNV-1a, 32 bits: short, stable and plenty to tell a reader's plans apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * What tells this plan's calendar events from every other plan's: its random
 * id (or, for a shared link's plan, which has none, its answers) together
 * with the contractor's name. The same plan exported twice gives the same
 * key, so a calendar updates its events instead of doubling them; a second
 * contractor's plan, even with the same start date, gives another, so
 * importing it never overwrites the first one's events.
 */
export function planKey(
  state: Pick<OnboardingState, "answers" | "plan" | "contractor">,
): string {
  const plan = state.plan ?? JSON.stringify(state.answers);
  return fnv1a(`${plan}|${(state.contractor ?? "").trim()}`);
}
