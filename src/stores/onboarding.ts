// The onboarding checklist's state: the reader's answers and ticks (from a
// link, saved state or the defaults), the reader's locale, and the actions
// that change them. The checklist itself is derived in onboarding-checklist.ts,
// which loads with the part of the page that shows it, so the questions do not
// wait for the item catalogue.
import { computed } from "nanostores";
import {
  defaultAnswers,
  validateAnswers,
  type AccessKind,
  type Answers,
} from "~/lib/onboarding/answers";
import { EXAMPLE_ANSWERS } from "~/lib/onboarding/example-answers";
import {
  cleanContractor,
  validateSavedState,
  type OnboardingState,
} from "~/lib/onboarding/saved-state";
import { MAX_TICKS, withTick } from "~/lib/onboarding/tick-state";
import { localIsoDate } from "~/lib/format/local-date";
import { $locale, adoptReaderLocale } from "./locale";
import { $embedded, type StartOptions } from "./embedded";
import { createToolSession } from "./tool-session";

export { $locale };

// The example answers until the island starts: the server's render and the
// first client render must agree, and the server does not know the reader's today.
let defaults: Answers = EXAMPLE_ANSWERS;

export const onboardingSession = createToolSession<OnboardingState>({
  storageKey: "handoff:onboarding",
  version: 1,
  initial: () => ({ answers: defaults, ticks: [] }),
  validate: validateSavedState,
  link: () => import("./onboarding-link").then((m) => m.onboardingLinkFormat),
  persist: () => !$embedded.get(),
  worthKeeping: (state) => state.ticks.length > 0,
});

/** The answers on screen. */
export const $answers = computed(onboardingSession.$state, (state) => state.answers);

/** The contractor's name as typed, "" when not given. */
export const $contractor = computed(
  onboardingSession.$state,
  (state) => state.contractor ?? "",
);

/** Ids of the ticked items, including ticks of items the current answers leave out. */
export const $ticks = computed(onboardingSession.$state, (state) => state.ticks);

/**
 * Starts the checklist in the browser: the reader's locale and a default start
 * four weeks from their today, then a shared link, saved answers and ticks, or
 * those defaults. In an embed, saved answers and ticks are neither read nor written.
 */
export function startOnboarding({ embedded = false }: StartOptions = {}): Promise<void> {
  $embedded.set(embedded);
  adoptReaderLocale();
  defaults = defaultAnswers(localIsoDate(new Date()));
  return onboardingSession.start({ answers: defaults, ticks: [] });
}

/**
 * The reader answered a question. A value the answers would not accept (a
 * start date out of range) is ignored, so the checklist always has valid answers.
 */
export function setAnswer<K extends keyof Answers>(key: K, value: Answers[K]): void {
  onboardingSession.update((state) => {
    const answers = validateAnswers({ ...state.answers, [key]: value });
    return answers ? { ...state, answers } : state;
  });
}

/** The reader ticked or unticked a kind of access. */
export function setAccess(kind: AccessKind, on: boolean): void {
  const access = $answers.get().access.filter((chosen) => chosen !== kind);
  // validateAnswers puts the list back in the question's order.
  setAnswer("access", on ? [...access, kind] : access);
}

/** The reader typed the contractor's name (kept in this browser; "Copy link" leaves it out, a link that came with one keeps it). */
export function setContractor(name: string): void {
  onboardingSession.update((state) => ({ ...state, contractor: cleanContractor(name) }));
}

/**
 * The plan as it is now, for the exports. The reader's own saved plan gets
 * its random id on the first export, so every export of it after that carries
 * the same calendar UIDs. A shared link's plan and an embed's, which are not
 * saved, go without one: their UIDs come from their answers instead.
 */
export function planForExport(): OnboardingState {
  const state = onboardingSession.$state.get();
  if (state.plan !== undefined || $embedded.get()) return state;
  if (onboardingSession.$source.get() !== "own") return state;
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const plan = Array.from(bytes, (byte) => (byte % 36).toString(36)).join("");
  onboardingSession.update((current) => ({ ...current, plan }));
  return onboardingSession.$state.get();
}

/** The reader ticked or unticked an item. */
export function setTicked(id: string, on: boolean): void {
  onboardingSession.update((state) => {
    const ticks = withTick(state.ticks, id, on);
    return ticks === state.ticks ? state : { ...state, ticks };
  });
}

/** Clears every tick; Undo puts them back (with any ticked since). */
export function clearTicks(): void {
  const cleared = onboardingSession.$state.get().ticks;
  onboardingSession.update((state) => ({ ...state, ticks: [] }));
  void import("./tool-session-actions").then((m) =>
    m.offerUndo(onboardingSession, {
      text: "Cleared your ticks.",
      revert: (state) => ({
        ...state,
        ticks: [...new Set([...cleared, ...state.ticks])].slice(0, MAX_TICKS),
      }),
    }),
  );
}

/**
 * A link to these answers, carrying `ticks` too when given (the reader chose
 * to share them; pass only ticks of items on screen).
 */
export async function onboardingLink(ticks: readonly string[] = []): Promise<string> {
  const { linkTo } = await import("./onboarding-link");
  return linkTo($answers.get(), ticks);
}
