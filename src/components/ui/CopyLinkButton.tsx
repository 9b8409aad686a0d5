// "Copy link": puts the link that reproduces the tool's state on the clipboard,
// or shows it to copy by hand when the clipboard is not available. A coach can
// open "Add a note for your client" to send a short note with the link; the
// box is drawn by code that loads only then, and the note is read from it when
// copying (by coach-note/copy-link.ts, which loads when the button is pressed).
import { useRef, useState } from "preact/hooks";
import { loadCoachNoteParts as loadNote } from "./coach-note/CoachNote";
import type { CopyStatus } from "./coach-note/copy-link";

interface Props {
  /** Builds the link at the moment of copying. */
  getUrl: () => Promise<string>;
  /** When set, the link is not copied and this explains why. */
  blockedReason?: string | null | undefined;
  /** A line under the button, e.g. what the link contains. */
  note?: string | undefined;
}

export function CopyLinkButton({ getUrl, blockedReason, note }: Props) {
  const box = useRef<HTMLDetailsElement>(null);
  const [status, setStatus] = useState<CopyStatus | null>(null);
  const copy = () =>
    void loadNote()
      .then((m) => m.copyLink(getUrl, box.current, blockedReason))
      .then(setStatus);
  return (
    <div class="copy-link no-print">
      <button type="button" onClick={copy}>
        Copy link
      </button>
      {note && <p class="hint">{note}</p>}
      <details
        class="coach-note-box"
        ref={box}
        onToggle={() => void loadNote().then((m) => m.showNoteField(box.current))}
      >
        <summary>Add a note for your client</summary>
        <div />
      </details>
      <p role="status" class="copy-status">
        {status?.text}
        {status?.url && (
          <input
            type="text"
            readOnly
            value={status.url}
            aria-label="Link to these values"
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
      </p>
    </div>
  );
}
