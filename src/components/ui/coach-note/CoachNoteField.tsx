// The "Note for your client" box under Copy link. Loaded when the coach opens
// the disclosure, so readers who never share pay nothing for it. Copy link
// reads the note straight from the box's textarea. The label wraps the box, so
// several tools on one page need no unique ids.
import { render } from "preact";
import { useState } from "preact/hooks";
import { COACH_NOTE_MAX_LENGTH } from "~/lib/coaches/coach-note";

/** The note box with its length count. */
export function CoachNoteField() {
  const [length, setLength] = useState(0);
  const left = COACH_NOTE_MAX_LENGTH - length;
  return (
    <div class="field coach-note-field">
      <label>
        Note for your client (optional)
        <span class="hint">
          Plain text, up to {COACH_NOTE_MAX_LENGTH} characters. It travels after the # in
          the link, shows above the tool and is never saved in their browser.
        </span>
        <textarea
          rows={3}
          maxLength={COACH_NOTE_MAX_LENGTH}
          onInput={(event) => setLength(event.currentTarget.value.length)}
        />
      </label>
      <p class="hint">{left === 1 ? "1 character left" : `${left} characters left`}</p>
    </div>
  );
}

/** Draws the box in the disclosure's empty last child, once. */
export function showNoteField(box: HTMLDetailsElement | null): void {
  const slot = box?.lastElementChild;
  if (slot && !slot.firstChild) render(<CoachNoteField />, slot);
}
