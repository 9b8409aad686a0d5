// What a reader must know about the state on screen: that it came from a
// shared link (and what to do with it), which link settings were ignored, and
// whether anything can be saved on this device; and the Undo of the last
// action that threw values away.
import { useState } from "preact/hooks";
import { useStore } from "./use-store";
import type { ToolSession } from "~/stores/tool-session";
import {
  dismissUndo,
  keepShared,
  leaveShared,
  undo,
} from "~/stores/tool-session-actions";

/**
 * What localStorage holds under `key`, or undefined. Read directly: importing
 * storage-engine.ts from here would add exports to the tools' first download.
 */
function storedText(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function SessionNotices<S>({ session }: { session: ToolSession<S> }) {
  const source = useStore(session.$source);
  const notices = useStore(session.$notices);
  const problem = useStore(session.$saveProblem);
  const hasOwn = useStore(session.$hasOwn);
  const undone = useStore(session.$undo);
  const [refused, setRefused] = useState(false);
  // Read at each render: an edit (which re-renders through $state) is what
  // copies unreadable text into the recovery slot.
  useStore(session.$state);
  const [discarded, setDiscarded] = useState(false);
  const key = session.core.key;
  // The recovery slot (src/stores/recovery-slot.ts, loaded only on use).
  const kept = problem === "unreadable" ? storedText(`${key}:kept`) : undefined;
  const slot = () => import("~/stores/recovery-slot");
  const unread = kept ?? (problem === "unreadable" ? storedText(key) : undefined);
  return (
    <>
      {source === "shared" && (
        <div class="banner" role="region" aria-label="Shared link">
          <p>
            <strong>You are looking at values from a shared link.</strong> Change them
            freely: your own saved values are untouched
            {hasOwn || problem === "newer" ? "" : " (you have none yet)"}.
          </p>
          {refused && (
            <p role="alert">
              These values cannot be kept as yours here: your saved values were written by
              a newer version of Handoff, and keeping these would overwrite them. Use Copy
              link to keep these values in a link, or{" "}
              <a href="/summary/#backup">download a backup</a> of your saved work, then
              reload to get the newer version.
            </p>
          )}
          <p class="actions">
            <button
              type="button"
              onClick={() => void keepShared(session).then((kept) => setRefused(!kept))}
            >
              Keep these values as mine
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => void leaveShared(session)}
            >
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
      {problem === "unreadable" && (
        <div class="quiet-notice" role="region" aria-label="Saved values not readable">
          <p>
            Your saved values could not be read (they may be damaged), so the tool started
            from the defaults.{" "}
            {discarded
              ? "You discarded the copy that was kept aside."
              : kept === undefined
                ? "They stay stored until you change something here; then Handoff keeps a copy of them aside."
                : "Handoff kept a copy of them aside on this device, so nothing is lost: download it as a file, or discard it."}
          </p>
          {unread !== undefined && !discarded && (
            <p class="actions">
              <button
                type="button"
                onClick={() => void slot().then((m) => m.downloadKept(key, unread))}
              >
                {kept === undefined ? "Download a copy" : "Download the kept copy"}
              </button>
              {kept !== undefined && (
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    if (confirm("Discard the kept copy of your earlier saved values?")) {
                      void slot().then((m) => {
                        m.discardKept(key);
                        setDiscarded(true);
                        // What is stored now is the reader's own save again
                        // (or still unreadable, to be kept aside at the next edit).
                        session.core.readOwn();
                      });
                    }
                  }}
                >
                  Discard the kept copy
                </button>
              )}
            </p>
          )}
        </div>
      )}
      {undone !== null && (
        <div class="undo-bar" role="status">
          <p>{undone}</p>
          <p class="actions">
            <button type="button" onClick={() => undo(session)}>
              Undo
            </button>
            <button type="button" class="secondary" onClick={() => dismissUndo(session)}>
              Dismiss
            </button>
          </p>
        </div>
      )}
    </>
  );
}
