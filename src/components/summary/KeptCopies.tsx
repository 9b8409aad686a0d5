// The summary page's list of kept copies: stored text a tool could not read,
// set aside into its recovery slot when the reader's first edit replaced it
// (src/stores/tool-session.ts). A later visit learns of them here, not on the
// tool page, so the tools' first download stays as it is. Loaded with the
// backup panel, after the saved work is shown.
import { useState } from "preact/hooks";
import type { BackupTool } from "~/lib/backup/backup-file";
import { stored } from "~/stores/backup";

// The slot's code (src/stores/recovery-slot.ts) loads when a button is used.
const slot = () => import("~/stores/recovery-slot");

export function KeptCopies({ tools }: { tools: readonly BackupTool[] }) {
  // Bumped after a discard, so the list is read again.
  const [, setReads] = useState(0);
  const [discarded, setDiscarded] = useState<string | null>(null);
  const kept = tools.flatMap((tool) => {
    const text = stored(`${tool.saved.key}:kept`);
    return text === undefined ? [] : [{ tool, text }];
  });
  if (kept.length === 0 && discarded === null) return null;
  return (
    <section class="kept-copies no-print" aria-labelledby="kept-title">
      <h2 id="kept-title">Kept copies of saved values that could not be read</h2>
      {kept.length > 0 && (
        <>
          <p>
            These tools found saved values they could not read (they may be damaged), and
            kept a copy aside before saving over them. Download a copy to keep it, or
            discard it.
          </p>
          <ul>
            {kept.map(({ tool, text }) => {
              const name =
                tool.shortName.charAt(0).toUpperCase() + tool.shortName.slice(1);
              return (
                <li key={tool.id}>
                  {name}{" "}
                  <button
                    type="button"
                    onClick={() =>
                      void slot().then((m) => m.downloadKept(tool.saved.key, text))
                    }
                  >
                    Download
                    <span class="visually-hidden"> the kept copy ({tool.shortName})</span>
                  </button>{" "}
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      if (confirm(`Discard the kept copy from the ${tool.shortName}?`)) {
                        void slot().then((m) => {
                          m.discardKept(tool.saved.key);
                          setDiscarded(name);
                          setReads((count) => count + 1);
                        });
                      }
                    }}
                  >
                    Discard
                    <span class="visually-hidden"> the kept copy ({tool.shortName})</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p role="status">{discarded && `${discarded}: the kept copy was discarded.`}</p>
    </section>
  );
}
