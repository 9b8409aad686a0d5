/**
 * A reader's ticks: the ids of the checklist items they have done. Ticks are
 * kept as a list of ids, not per checklist, so a tick survives a change of
 * answers and comes back when an item that was dropped returns.
 */

/** Longest id accepted; real ids are well under it ("check-in-12" is 11). */
export const MAX_TICK_ID_LENGTH = 48;

/**
 * Most ticks kept. The catalogue has under a hundred possible ids, so a list
 * longer than this is junk, not a reader's progress.
 */
export const MAX_TICKS = 300;

const TICK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * True when `value` has the shape of a checklist item id: lower-case words
 * and numbers joined by single hyphens ("write-the-brief", "check-in-3"), at
 * most {@link MAX_TICK_ID_LENGTH} characters. Shape only: an id of an item no
 * checklist contains is harmless, it simply never counts.
 */
export function isTickId(value: unknown): value is string {
  return (
    typeof value === "string" && value.length <= MAX_TICK_ID_LENGTH && TICK_ID.test(value)
  );
}

/**
 * Reads ticks from untrusted data (old localStorage, a hand-edited file):
 * a fresh list without duplicates, in first-seen order, or null when `input`
 * is not an array, is longer than {@link MAX_TICKS}, or holds anything that
 * is not a tick id. Never throws, even for proxies or getters that do.
 */
export function validateTicks(input: unknown): readonly string[] | null {
  try {
    if (!Array.isArray(input) || input.length > MAX_TICKS) return null;
    const ticks = new Set<string>();
    for (let i = 0; i < input.length; i += 1) {
      const id: unknown = input[i];
      if (!isTickId(id)) return null;
      ticks.add(id);
    }
    return [...ticks];
  } catch {
    return null;
  }
}

/**
 * The ticks with `id` ticked (`on`) or unticked. Returns `ticks` itself when
 * nothing changes, so a store does not announce a change that did not happen;
 * an id that is not a tick id, or one more than {@link MAX_TICKS}, is refused
 * the same way.
 */
export function withTick(
  ticks: readonly string[],
  id: string,
  on: boolean,
): readonly string[] {
  const has = ticks.includes(id);
  if (on === has || !isTickId(id)) return ticks;
  if (!on) return ticks.filter((tick) => tick !== id);
  return ticks.length >= MAX_TICKS ? ticks : [...ticks, id];
}
