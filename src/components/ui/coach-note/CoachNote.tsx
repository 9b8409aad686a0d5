// The note a coach sent with a link, shown above the tool. Most visits carry
// none, so the part that reads and shows it loads only when the address has
// "note=" after the "#", at the start or once a new fragment is pasted into
// the address bar (which does not reload the page). The island lives as long
// as the page, so the listener is never removed.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

/** Loads the coach-note parts (shared with Copy link's note box). */
export const loadCoachNoteParts = () => import("./coach-note-parts");

export function CoachNote() {
  const [Banner, setBanner] = useState<ComponentType | null>(null);
  useEffect(() => {
    const check = () => {
      if (/[#&]note=/.test(location.hash))
        void loadCoachNoteParts().then((m) => setBanner(() => m.CoachNoteBanner));
    };
    check();
    addEventListener("hashchange", check);
  }, []);
  return Banner && <Banner />;
}
