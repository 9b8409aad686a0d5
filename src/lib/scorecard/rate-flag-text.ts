import type { RateFlag } from "./score";

/**
 * What the implied hourly rate means against the reader's expected range, in
 * a sentence; null when there is nothing to say (no rate or no range).
 */
export function rateFlagText(flag: RateFlag): string | null {
  switch (flag) {
    case "below-range":
      return "Below the range you expect. The lowest bid is seldom the best deal: ask what the price leaves out.";
    case "above-range":
      return "Above the range you expect. Check that the extra buys expertise this job needs.";
    case "in-range":
      return "Within the range you expect.";
    default:
      return null;
  }
}
