import { dealbreakerById, type DealbreakerId } from "./dealbreakers";
import type { Band } from "./score";

/** Words for each band: a short name for badges and the next step as a sentence. */
export const BAND_TEXT: Readonly<
  Record<Band, { readonly label: string; readonly nextStep: string }>
> = {
  "hire-small-first-project": {
    label: "Hire",
    nextStep: "Hire, starting with a small first project that has a clear end.",
  },
  "paid-trial-first": {
    label: "Paid trial first",
    nextStep: "Run a short paid trial before you decide.",
  },
  "keep-looking": {
    label: "Keep looking",
    nextStep: "Keep looking: this candidate is a weak match for the role.",
  },
  "not-enough-evidence": {
    label: "Not enough evidence",
    nextStep: "Not enough evidence yet: run a trial.",
  },
  "do-not-hire": {
    label: "Do not hire",
    nextStep: "Do not hire.",
  },
};

/**
 * The next step in plain words. For "do-not-hire" it names the reasons
 * ("Ruled out by a dealbreaker, whatever the score: asked to pay or be paid
 * off the platform."), so the reader sees why a high score was overruled
 * without reading "Do not hire" twice under the band's own label.
 */
export function nextStepText(
  band: Band,
  dealbreakers: readonly DealbreakerId[] = [],
): string {
  if (band !== "do-not-hire" || dealbreakers.length === 0)
    return BAND_TEXT[band].nextStep;
  // Labels are sentence case on their own; after the colon they run on in lower case.
  const reasons = dealbreakers.map((id) => {
    const label = dealbreakerById(id).label;
    return label.charAt(0).toLowerCase() + label.slice(1);
  });
  const by = reasons.length === 1 ? "a dealbreaker" : "dealbreakers";
  return `Ruled out by ${by}, whatever the score: ${reasons.join("; ")}.`;
}
