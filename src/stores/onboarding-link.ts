// How the checklist's answers (and, if the reader chooses, ticks) travel in a
// link. Loaded on demand by the session: only for URLs with a query, or when
// the reader copies a link.
import type { Answers } from "~/lib/onboarding/answers";
import {
  contractorInFragment,
  hasContractorKey,
  withContractor,
} from "~/lib/onboarding/contractor-fragment";
import { cleanContractor, type OnboardingState } from "~/lib/onboarding/saved-state";
import {
  decodeOnboardingLink,
  encodeOnboardingLink,
  ONBOARDING_LINK_KEYS,
} from "~/lib/onboarding/url-codec";
import { $locale } from "./locale";
import type { LinkFormat } from "./tool-session";

/**
 * The checklist's link format: answers and ticks in the query string, and the
 * contractor's name, when a link brings one, in the fragment ("#to=Priya").
 */
export const onboardingLinkFormat: LinkFormat<OnboardingState> = {
  fromUrl(url, base) {
    const link = decodeOnboardingLink(url.searchParams, base.answers, $locale.get());
    // The same cleaning as a saved name, so keeping the link stores what a
    // reload reads back; a blank name is no name.
    const raw = contractorInFragment(url.hash);
    const contractor = raw === null ? null : cleanContractor(raw).trim() || null;
    if (!link.hasParams && contractor === null) return null;
    return {
      state: {
        answers: link.answers,
        ticks: link.ticks,
        ...(contractor === null ? {} : { contractor }),
      },
      notices: [...link.notices],
    };
  },
  toUrl(state, page) {
    const url = new URL(page.pathname, page);
    url.search = encodeOnboardingLink(state.answers, state.ticks).toString();
    // A name goes on only in a link that came with one (edited as the reader
    // edits it), so "Copy link" of the reader's own plan never carries it.
    if (hasContractorKey(page.hash))
      url.hash = withContractor("", state.contractor ?? "");
    return url;
  },
  clearUrl(url) {
    for (const key of ONBOARDING_LINK_KEYS) url.searchParams.delete(key);
    url.hash = withContractor(url.hash, "");
    return url;
  },
};

/** A link to `answers` on the current page, carrying `ticks` when given. */
export function linkTo(answers: Answers, ticks: readonly string[]): string {
  const url = new URL(location.pathname, location.href);
  url.search = encodeOnboardingLink(answers, ticks).toString();
  return url.href;
}
