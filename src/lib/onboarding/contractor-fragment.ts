// The contractor's name in a checklist link: "#to=Priya". A name is personal,
// so it travels in the fragment, which browsers never send to a server, never
// in the query string. Read by the checklist's link format (stores/
// onboarding-link.ts) and written by the scorecard's "Plan the hand-over".
// No imports: both load this on use, and it must not pull either tool's code
// into the other (callers clean the name with their own cleaner).

/** The fragment key of the contractor's name. */
export const CONTRACTOR_KEY = "to";

/** The checklist's page. */
export const ONBOARDING_PATH = "/tools/onboarding/";

const params = (hash: string) => new URLSearchParams(hash.replace(/^#/, ""));

/**
 * The name as the fragment ("#to=Priya&note=…", "#" optional) holds it,
 * uncleaned, or null when it has none. Never throws.
 */
export function contractorInFragment(hash: string): string | null {
  return params(hash).get(CONTRACTOR_KEY);
}

/** `hash` with the name set, or taken out when blank: "" or "#…". */
export function withContractor(hash: string, name: string): string {
  const next = params(hash);
  if (name.trim() === "") next.delete(CONTRACTOR_KEY);
  else next.set(CONTRACTOR_KEY, name);
  const text = next.toString();
  return text === "" ? "" : `#${text}`;
}

/** Whether `hash` carries the name key at all. */
export const hasContractorKey = (hash: string): boolean =>
  params(hash).has(CONTRACTOR_KEY);
