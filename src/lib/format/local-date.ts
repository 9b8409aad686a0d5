/**
 * The calendar day `date` falls on where the reader is, as "YYYY-MM-DD"
 * (local time, the day their calendar shows; toISOString would give UTC's).
 */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
