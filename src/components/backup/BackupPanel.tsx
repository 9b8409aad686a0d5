// "Keep a copy of your work" on the summary page: download everything the
// tools keep in this browser as one file, and restore such a file after
// seeing what it would replace. A restore can be undone until the page closes.
import { useEffect, useRef, useState } from "preact/hooks";
import type { RestorePlan, RestoreStep } from "~/lib/backup/backup-file";
import {
  applyRestore,
  BACKUP_TOOLS,
  describeCurrent,
  readBackupFile,
  storageIsPersistent,
  type UndoRestore,
} from "~/stores/backup";
import "./backup.css";
import { downloadBackup } from "./download-backup";
import { KeptCopies } from "~/components/summary/KeptCopies";

interface Props {
  /** Called after storage changed (restore or undo), so the page reads it again. */
  onChange: () => void;
}

type Stage =
  | { kind: "idle" }
  | { kind: "refused"; message: string }
  | { kind: "preview"; plan: Extract<RestorePlan, { ok: true }> }
  | { kind: "restored"; undo: UndoRestore; skipped: string[] }
  | { kind: "undone" }
  | { kind: "failed" };

/** "Break-even calculator": the tool's short name, at the start of a line. */
function nameOf(id: string): string {
  const name = BACKUP_TOOLS.find((tool) => tool.id === id)?.shortName ?? id;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** One line of the preview: what restoring does to one tool's saved work. */
function stepLine(step: RestoreStep): string {
  const tool = BACKUP_TOOLS.find((candidate) => candidate.id === step.id);
  const current = tool ? describeCurrent(tool) : null;
  const name = nameOf(step.id);
  if (step.action === "skip") return step.why;
  if (step.action === "replace")
    return `${name}: ${step.what} from the file (${current === null ? "you have nothing saved now" : `replacing ${current}`})`;
  return current === null
    ? `${name}: nothing in the file, and nothing saved now`
    : `${name}: nothing in the file, so your ${current} will be removed`;
}

export function BackupPanel({ onChange }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [persistent, setPersistent] = useState<boolean | null>(null);
  useEffect(() => void storageIsPersistent().then(setPersistent), []);
  // Tool pages link here (/summary/#backup); the section did not exist yet
  // when the browser looked for it.
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (location.hash === "#backup") section.current?.scrollIntoView();
  }, []);

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const plan = await readBackupFile(file);
    setStage(
      plan.ok ? { kind: "preview", plan } : { kind: "refused", message: plan.message },
    );
  };

  const restore = (plan: Extract<RestorePlan, { ok: true }>) => {
    try {
      const undo = applyRestore(plan.steps, plan.recovery);
      const skipped = plan.steps.flatMap((step) =>
        step.action === "skip" ? [step.why] : [],
      );
      setStage({ kind: "restored", undo, skipped });
    } catch {
      setStage({ kind: "failed" });
    }
    onChange();
  };

  return (
    <>
      <KeptCopies tools={BACKUP_TOOLS} />
      <section
        class="backup no-print"
        id="backup"
        ref={section}
        aria-labelledby="backup-title"
      >
        <h2 id="backup-title">Keep a copy of your work</h2>
        <p>
          {persistent === true
            ? "This browser keeps Handoff’s saved work until you clear it. A backup file still lets you move it to another phone or browser."
            : "Browsers may clear a site’s saved work on their own (Safari does after seven days without a visit). Download a backup now and then, and restore it here on any device."}
        </p>
        <p class="backup-actions">
          <button type="button" onClick={downloadBackup}>
            Download a backup
          </button>
          <label class="backup-file">
            Restore from a backup{" "}
            <input type="file" accept=".json,application/json" onChange={choose} />
          </label>
        </p>
        {stage.kind === "refused" && (
          <p class="backup-message" role="alert">
            {stage.message}
          </p>
        )}
        {stage.kind === "preview" && (
          <div class="backup-preview" role="group" aria-labelledby="backup-preview-title">
            <p id="backup-preview-title">
              <strong>Restoring this file will set:</strong>
            </p>
            <ul>
              {stage.plan.steps.map((step) => (
                <li key={step.id}>{stepLine(step)}</li>
              ))}
            </ul>
            <p>
              Nothing changes until you choose Restore, and you can undo it afterwards.
            </p>
            <p class="backup-actions">
              <button type="button" onClick={() => restore(stage.plan)}>
                Restore
              </button>
              <button type="button" onClick={() => setStage({ kind: "idle" })}>
                Cancel
              </button>
            </p>
          </div>
        )}
        <p role="status" class="backup-message">
          {stage.kind === "restored" && (
            <>
              Restored from the backup.{" "}
              {stage.skipped.map((why) => (
                <span key={why}>{why} </span>
              ))}
              <button
                type="button"
                onClick={() => {
                  stage.undo();
                  setStage({ kind: "undone" });
                  onChange();
                }}
              >
                Undo restore
              </button>
            </>
          )}
          {stage.kind === "undone" &&
            "Your saved work is back as it was before the restore."}
          {stage.kind === "failed" &&
            "This browser refused to save the backup (its storage is full or blocked). Nothing was changed."}
        </p>
      </section>
    </>
  );
}
