// The checklist's part of a coach's pack: its link read and written by its
// own link format, from the tool's starting answers, and the next three
// steps its rules give.
import type { OnboardingState } from "~/lib/onboarding/saved-state";
import type { OnboardingSummary } from "~/lib/onboarding/summary";
import { onboardingSummaryOf } from "./SummarySection";
import { LINK_BASE, queryAndFragment, type PackPart } from "~/lib/pack/pack-types";
import { $answers } from "~/stores/onboarding";
import { onboardingLinkFormat } from "~/stores/onboarding-link";

/** How many next steps a pack shows. */
export const PACK_NEXT_STEPS = 3;

export const packPart: PackPart<OnboardingState, OnboardingSummary> = {
  // The answers the tool starts from (its session is never started here). A
  // link from Copy link holds every answer, so the start date it would
  // default to never counts.
  read: (url) =>
    onboardingLinkFormat.fromUrl(url, { answers: $answers.get(), ticks: [] }),
  write: (state) =>
    queryAndFragment(onboardingLinkFormat.toUrl(state, new URL(LINK_BASE))),
  summarize: (state, { locale, today }) =>
    onboardingSummaryOf(state, today, locale, PACK_NEXT_STEPS),
};
