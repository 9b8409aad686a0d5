// The one polite live region of a tool. It speaks `message` only once the
// reader has paused (not on every keystroke), and only when it changed.
import { useEffect, useState } from "preact/hooks";

/** How long the reader must pause before the result is announced. */
export const ANNOUNCE_DELAY_MS = 900;

export function Announcer({ message }: { message: string }) {
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <p class="visually-hidden" role="status" aria-live="polite">
      {spoken}
    </p>
  );
}
