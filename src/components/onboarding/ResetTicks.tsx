// "Clear my ticks". It clears at once and the tool offers Undo until the
// reader leaves the page (the same Undo bar as every tool's, from
// SessionNotices), rather than asking first: a question is easily answered
// by reflex, an Undo is there when the mistake is noticed.
import { clearTicks } from "~/stores/onboarding";

export function ResetTicks() {
  return (
    <p class="ob-reset no-print">
      <button type="button" class="secondary" onClick={clearTicks}>
        Clear my ticks
      </button>
    </p>
  );
}
