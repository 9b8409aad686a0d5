/** An entry that has a place on the reading path. */
export interface Ordered {
  readonly id: string;
  readonly data: { readonly order: number };
}

/** Entries sorted along the reading path (by `order`, then id for a stable tie-break). */
export function byReadingOrder<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

/** The entries before and after `id` on the reading path (undefined at either end). */
export function neighbours<T extends Ordered>(
  entries: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const path = byReadingOrder(entries);
  const index = path.findIndex((entry) => entry.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: path[index - 1], next: path[index + 1] };
}
