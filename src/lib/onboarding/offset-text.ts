/**
 * When an item falls due, said relative to the start date ("2 weeks before
 * they start"), for the build-time checklist that has no real start date.
 */

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/**
 * Describes a due date `days` whole days from the start: "on their first
 * day", or a distance in weeks when it divides evenly ("2 weeks after they
 * start") and in days otherwise ("10 days before they start"). A fraction is
 * dropped toward zero, and -0 reads as the first day.
 */
export function describeOffset(days: number): string {
  const whole = Math.trunc(days);
  if (whole === 0 || !Number.isFinite(whole)) return "on their first day";
  const size = Math.abs(whole);
  const distance = size % 7 === 0 ? count(size / 7, "week") : count(size, "day");
  return `${distance} ${whole < 0 ? "before" : "after"} they start`;
}
