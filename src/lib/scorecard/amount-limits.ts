/** The money and time figures a scorecard holds, and the largest of each it accepts. */
export const AMOUNT_LIMITS = {
  /** A candidate's quote for the whole job, in the reader's currency. */
  quote: 1_000_000_000,
  /** Hours the reader expects the job to take. */
  hours: 100_000,
  /** Either end of the hourly rate range the reader expects. */
  rate: 1_000_000,
} as const;

/** One of the figures in {@link AMOUNT_LIMITS}. */
export type AmountKind = keyof typeof AMOUNT_LIMITS;

/**
 * The figure if it is one the scorecard can hold, else null: a finite number
 * from 0 (more than 0 for quotes and hours, where 0 would mean "free" or
 * "instant" and make the hourly rate meaningless) up to the kind's limit.
 */
export function validAmount(value: unknown, kind: AmountKind): number | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  const lowest = kind === "rate" ? value >= 0 : value > 0;
  return lowest && value <= AMOUNT_LIMITS[kind] ? value + 0 : null;
}
