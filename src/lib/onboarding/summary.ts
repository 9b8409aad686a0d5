import { formatDate } from "~/lib/format/format-date";
import { checklistProgress, type Tally } from "~/lib/onboarding/progress";
import { buildChecklist } from "~/lib/onboarding/rules";
import { validateSavedState, type OnboardingState } from "~/lib/onboarding/saved-state";
import { readEnvelope } from "~/lib/storage/envelope";

/** One step still to do, with its due date in the reader's words. */
export interface DueItem {
  readonly text: string;
  /** The due date formatted for the reader, e.g. "Jan 5, 2027". */
  readonly due: string;
  /** Whether the due date is before today. */
  readonly overdue: boolean;
}

/** What the summary shows of the reader's saved checklist. */
export interface OnboardingSummary {
  /** The contractor's first day, formatted for the reader. */
  readonly start: string;
  readonly progress: Tally;
  /** The next unticked steps by due date, at most {@link NEXT_ITEMS}. */
  readonly next: readonly DueItem[];
}

/** How many upcoming steps the one-page summary has room for. */
export const NEXT_ITEMS = 5;

/** The onboarding tool's stored-state version (src/stores/onboarding.ts). */
const VERSION = 1;

/** A "YYYY-MM-DD" date as UTC midnight, which formatDate reads back unchanged. */
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Reads the checklist's stored text (the "handoff:onboarding" envelope)
 * through the tool's own validator, rules and progress count. `today` is the
 * reader's local date, "YYYY-MM-DD". Null when nothing usable is stored.
 */
export function onboardingSummary(
  raw: string | null | undefined,
  today: string,
  locale: string,
): OnboardingSummary | null {
  const { value: state } = readEnvelope(raw, VERSION, validateSavedState);
  return state ? onboardingSummaryOf(state, today, locale) : null;
}

/**
 * The summary of a checklist state, wherever it came from (saved, or a
 * coach's pack), with at most `count` next steps.
 */
export function onboardingSummaryOf(
  state: Pick<OnboardingState, "answers" | "ticks">,
  today: string,
  locale: string,
  count = NEXT_ITEMS,
): OnboardingSummary {
  const checklist = buildChecklist(state.answers);
  const ticks = new Set(state.ticks);
  const open = checklist.phases
    .flatMap((phase) => phase.items)
    .filter((item) => !ticks.has(item.id))
    // ISO dates sort as text; the sort is stable, so equal dates keep phase order.
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return {
    start: formatDate(utcDate(state.answers.start), locale),
    progress: checklistProgress(checklist, ticks).overall,
    next: open.slice(0, count).map((item) => ({
      text: item.text,
      due: formatDate(utcDate(item.due), locale),
      overdue: item.due < today,
    })),
  };
}
