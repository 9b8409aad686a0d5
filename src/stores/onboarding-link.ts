// How the checklist's answers (and, if the reader chooses, ticks) travel in a
// link. Loaded on demand by the session: only for URLs with a query, or when
// the reader copies a link.
import type { Answers } from "~/lib/onboarding/answers";
import type { OnboardingState } from "~/lib/onboarding/saved-state";
import {
  decodeOnboardingLink,
  encodeOnboardingLink,
  ONBOARDING_LINK_KEYS,
} from "~/lib/onboarding/url-codec";
import { $locale } from "./locale";
import type { LinkFormat } from "./tool-session";

/** The checklist's link format: answers and ticks in the query string. */
export const onboardingLinkFormat: LinkFormat<OnboardingState> = {
  fromUrl(url, base) {
    const link = decodeOnboardingLink(url.searchParams, base.answers, $locale.get());
    if (!link.hasParams) return null;
    return {
      state: { answers: link.answers, ticks: link.ticks },
      notices: [...link.notices],
    };
  },
  toUrl(state, page) {
    const url = new URL(page.pathname, page);
    url.search = encodeOnboardingLink(state.answers, state.ticks).toString();
    return url;
  },
  clearUrl(url) {
    for (const key of ONBOARDING_LINK_KEYS) url.searchParams.delete(key);
    return url;
  },
};

/** A link to `answers` on the current page, carrying `ticks` when given. */
export function linkTo(answers: Answers, ticks: readonly string[]): string {
  const url = new URL(location.pathname, location.href);
  url.search = encodeOnboardingLink(answers, ticks).toString();
  return url.href;
}
