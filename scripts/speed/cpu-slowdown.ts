// How much Lighthouse should slow the CPU down on this machine to stand for the
// same phone everywhere. Lighthouse's default of 4× assumes a fast desktop
// (benchmark index 1,500 to 2,000) and makes it a mid-tier phone; on a slower
// host the same 4× stands for a much slower phone, so its docs ask for the
// slowdown to be calibrated from the benchmark index every report carries
// (docs/throttling.md, "Calibrating the CPU slowdown"). This is the formula of
// the calculator those docs link to (lighthouse-cpu-throttling-calculator,
// pages/index.js): a straight line through its anchor points, steeper above
// 1,300. A faster host gets more than 4×, so the bar is never softer there.

/** The calculator's anchor points: benchmark index → CPU slowdown. */
const ANCHORS: readonly (readonly [index: number, slowdown: number])[] = [
  [150, 1],
  [800, 2],
  [1300, 3],
  [1533, 4],
];

/** Below this index the calculator gives up: no slowdown can stand for the phone. */
export const SLOWEST_INDEX = ANCHORS[0]![0];

/**
 * The CPU slowdown for a host with this Lighthouse benchmark index, or
 * `undefined` when the host is too slow to stand for the phone at all.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number | undefined {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < SLOWEST_INDEX)
    return undefined;
  const upper = ANCHORS.findIndex(([index]) => benchmarkIndex < index);
  // Past the last anchor, the last segment's slope carries on.
  const [[x0, y0], [x1, y1]] =
    upper === -1
      ? [ANCHORS.at(-2)!, ANCHORS.at(-1)!]
      : [ANCHORS[upper - 1]!, ANCHORS[upper]!];
  return y0 + ((benchmarkIndex - x0) * (y1 - y0)) / (x1 - x0);
}
