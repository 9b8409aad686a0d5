// "From your coach: …" above a tool. The note is read once from the address and
// shown as text (Preact escapes it; it is never parsed as HTML). It lives only
// in this component's state, never in the reader's saved values. Dismissing it
// also takes it out of the address, so a reload does not bring it back. A new
// fragment pasted into the address bar is a new link: its note replaces this one.
import { useEffect, useState } from "preact/hooks";
import { readCoachNote, withoutCoachNote } from "~/lib/coaches/coach-note";

export function CoachNoteBanner() {
  const [note, setNote] = useState(() => readCoachNote(location.hash));
  useEffect(() => {
    const read = () => setNote(readCoachNote(location.hash));
    addEventListener("hashchange", read);
    return () => removeEventListener("hashchange", read);
  }, []);
  if (note === null) return null;
  const dismiss = () => {
    setNote(null);
    const url = new URL(location.href);
    url.hash = withoutCoachNote(url.hash);
    history.replaceState(history.state, "", url.href.replace(/#$/, ""));
  };
  return (
    <aside class="banner coach-note" aria-label="Note from your coach">
      <p>
        <strong>From your coach:</strong> {note}
      </p>
      <button type="button" class="secondary" onClick={dismiss}>
        Dismiss note
      </button>
    </aside>
  );
}
