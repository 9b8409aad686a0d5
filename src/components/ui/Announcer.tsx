// The one polite live region of a tool. It speaks `message` only once the
// reader has paused (not on every keystroke), and only when it changed.
//
// Nothing is spoken until the reader first changes or presses something on the
// page: what a tool shows when it opens (its defaults, a shared link's numbers,
// saved values) is on screen and in the page already, and a screen reader
// should not interrupt someone who is still reading the page's first lines.
import { useEffect, useState } from "preact/hooks";

/** How long the reader must pause before the result is announced. */
export const ANNOUNCE_DELAY_MS = 900;

let readerActed = false;
const noteAction = () => void (readerActed = true);
const ACTIONS = ["input", "change", "click"] as const;

export function Announcer({ message }: { message: string }) {
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    // Capture, so the flag is set before the tool's own handlers run.
    for (const type of ACTIONS)
      document.addEventListener(type, noteAction, { capture: true, once: true });
  }, []);
  useEffect(() => {
    if (!readerActed) return;
    const timer = setTimeout(() => setSpoken(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <p class="visually-hidden" role="status" aria-live="polite">
      {spoken}
    </p>
  );
}
