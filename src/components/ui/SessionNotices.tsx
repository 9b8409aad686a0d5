// What a reader must know about the state on screen: that it came from a
// shared link (and what to do with it), which link settings were ignored, and
// whether anything can be saved on this device.
import { useStore } from "./use-store";
import type { ToolSession } from "~/stores/tool-session";

export function SessionNotices<S>({ session }: { session: ToolSession<S> }) {
  const source = useStore(session.$source);
  const notices = useStore(session.$notices);
  const problem = useStore(session.$saveProblem);
  const hasOwn = useStore(session.$hasOwn);
  return (
    <>
      {source === "shared" && (
        <div class="banner" role="region" aria-label="Shared link">
          <p>
            <strong>You are looking at values from a shared link.</strong> Change them
            freely: your own saved values are untouched
            {hasOwn ? "" : " (you have none yet)"}.
          </p>
          <p class="actions">
            <button type="button" onClick={session.keepShared}>
              Keep these values as mine
            </button>
            <button type="button" class="secondary" onClick={session.leaveShared}>
              {hasOwn ? "Back to my own values" : "Start from the defaults"}
            </button>
          </p>
        </div>
      )}
      {notices.length > 0 && (
        <div class="notice" role="region" aria-label="Link settings ignored">
          <p>
            Some settings in this link could not be used, so the tool left them at their
            defaults:
          </p>
          <ul>
            {notices.map((notice, i) => (
              <li key={i}>{notice}</li>
            ))}
          </ul>
          <button type="button" class="secondary" onClick={session.dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      {problem === "unavailable" && (
        <p class="quiet-notice">
          This browser is not letting Handoff store anything, so what you enter here will
          not be remembered on this device. Everything else works.
        </p>
      )}
      {problem === "newer" && (
        <p class="quiet-notice">
          Your saved values were written by a newer version of Handoff, so this page will
          not save over them. Reload to get the newer version.
        </p>
      )}
    </>
  );
}
