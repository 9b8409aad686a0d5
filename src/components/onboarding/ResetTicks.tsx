// "Clear my ticks", asked once more in the page itself (see ConfirmAction).
import { ConfirmAction } from "~/components/ui/ConfirmAction";
import { clearTicks } from "~/stores/onboarding";

export function ResetTicks() {
  return (
    <div class="ob-reset no-print">
      <ConfirmAction
        label="Clear my ticks"
        question="Are you sure? Every tick is cleared, including ticks of items your current answers leave out."
        confirmLabel="Yes, clear my ticks"
        onConfirm={clearTicks}
      />
    </div>
  );
}
