/**
 * Round tick values from 0 to at least `max` (about `count` of them), on steps
 * of 1, 2 or 5 × a power of ten, so axis labels read naturally. Always at
 * least two ticks; non-finite or non-positive `max` gives [0, 1].
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const rough = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  // The candidate step whose tick count comes closest to the one asked for.
  const candidates = [1, 2, 5, 10].map((m) => m * power);
  const distance = (s: number) => Math.abs(Math.ceil(max / s) - count);
  const step = candidates.reduce((best, s) => (distance(s) < distance(best) ? s : best));
  const ticks: number[] = [0];
  while (ticks.at(-1)! < max)
    ticks.push(Math.round((ticks.length * step) / power) * power);
  return ticks;
}
