// A button for something that cannot be taken back (clear the ticks, start
// over), asked once more in the page itself rather than with window.confirm,
// which some browsers suppress and which stops the page. Focus moves to the
// question, and back to the button afterwards, so a keyboard reader never
// lands on the page's top. Every tool's destructive button is one of these.
import { useEffect, useRef, useState } from "preact/hooks";

interface Props {
  /** The button's text: "Start over". */
  label: string;
  /** The question, starting "Are you sure?", saying what is lost. */
  question: string;
  /** The button that goes ahead: "Yes, start over". */
  confirmLabel: string;
  /** Called once the reader said yes. */
  onConfirm: () => void;
  /** Class of the wrapping element, for placing it in the tool's layout. */
  class?: string;
}

let count = 0;

export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
  class: className = "",
}: Props) {
  const [asking, setAsking] = useState(false);
  const [answered, setAnswered] = useState(false);
  const [id] = useState(() => `confirm-${(count += 1)}`);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (answered) button.current?.focus();
  }, [asking, answered]);
  const close = (yes: boolean) => {
    if (yes) onConfirm();
    setAnswered(true);
    setAsking(false);
  };
  if (!asking)
    return (
      <span class={className}>
        <button
          ref={button}
          type="button"
          class="secondary"
          onClick={() => setAsking(true)}
        >
          {label}
        </button>
      </span>
    );
  return (
    <div class={`confirm ${className}`} role="group" aria-labelledby={id}>
      <p id={id} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <p class="actions">
        <button type="button" onClick={() => close(true)}>
          {confirmLabel}
        </button>
        <button type="button" class="secondary" onClick={() => close(false)}>
          Cancel
        </button>
      </p>
    </div>
  );
}
