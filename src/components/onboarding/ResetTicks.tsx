// "Clear my ticks", asked once more in the page itself (not window.confirm,
// which some browsers suppress). Focus moves to the question, and back to the
// button afterwards, so a keyboard reader never lands on the page's top.
import { useEffect, useRef, useState } from "preact/hooks";
import { clearTicks } from "~/stores/onboarding";

export function ResetTicks() {
  const [asking, setAsking] = useState(false);
  const [answered, setAnswered] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (answered) button.current?.focus();
  }, [asking, answered]);
  const close = (clear: boolean) => {
    if (clear) clearTicks();
    setAnswered(true);
    setAsking(false);
  };
  if (!asking)
    return (
      <p class="ob-reset no-print">
        <button
          ref={button}
          type="button"
          class="secondary"
          onClick={() => setAsking(true)}
        >
          Clear my ticks
        </button>
      </p>
    );
  return (
    <div class="ob-reset ob-confirm no-print" role="group" aria-labelledby="ob-confirm-q">
      <p id="ob-confirm-q" ref={question} tabIndex={-1}>
        Are you sure? Every tick is cleared, including ticks of items your current answers
        leave out.
      </p>
      <p class="actions">
        <button type="button" onClick={() => close(true)}>
          Yes, clear my ticks
        </button>
        <button type="button" class="secondary" onClick={() => close(false)}>
          Cancel
        </button>
      </p>
    </div>
  );
}
