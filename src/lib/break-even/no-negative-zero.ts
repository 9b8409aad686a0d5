/**
 * Returns `x` with -0 turned into 0 (every other number is unchanged).
 *
 * Readers must never see "-0", and -0 slips out of harmless arithmetic such
 * as `Math.ceil(-0.4)` or `0 * -5`; adding 0 is the cheapest cure.
 */
export function noNegativeZero(x: number): number {
  return x + 0;
}
