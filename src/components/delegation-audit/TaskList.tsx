// The reader's tasks, the one-tap presets and an empty row, and undo after a removal.
import { useStore } from "~/components/ui/use-store";
import { MAX_TASKS, taskDisplayName } from "~/lib/delegation-audit/audit";
import type { AuditLabels } from "~/lib/delegation-audit/labels";
import { scaled, type TaskPreset } from "~/lib/delegation-audit/presets";
import {
  $audit,
  $removed,
  addTask,
  forgetRemoved,
  undoRemove,
} from "~/stores/delegation-audit";
import { TaskRow } from "./TaskRow";

/** Focuses the new row's name field once it is on the page. */
const focusName = (id: string | null) =>
  id && requestAnimationFrame(() => document.getElementById(`da-${id}-name`)?.focus());

export function TaskList({
  presets,
  labels,
}: {
  presets: readonly TaskPreset[];
  labels: AuditLabels;
}) {
  const { tasks, currency } = useStore($audit);
  const removed = useStore($removed);
  const full = tasks.length >= MAX_TASKS;
  const have = new Set(tasks.map((t) => t.name));
  return (
    <section class="task-list" aria-labelledby="da-tasks-title">
      <h2 id="da-tasks-title">Your tasks</h2>
      {tasks.length === 0 && (
        <p class="hint">
          Add the work that fills your week: tap a common task below, or add your own.
        </p>
      )}
      <ol>
        {tasks.map((task, index) => (
          <TaskRow
            key={task.id}
            task={task}
            index={index}
            count={tasks.length}
            labels={labels}
          />
        ))}
      </ol>
      <p role="status" class="undo">
        {removed && (
          <>
            Removed {taskDisplayName(removed.task, removed.index)}.{" "}
            <button type="button" class="secondary" onClick={undoRemove}>
              Undo
            </button>{" "}
            <button type="button" class="secondary" onClick={forgetRemoved}>
              Dismiss
            </button>
          </>
        )}
      </p>
      {full ? (
        <p class="hint">An audit holds at most {MAX_TASKS} tasks.</p>
      ) : (
        <div class="add-tasks">
          <button type="button" onClick={() => focusName(addTask())}>
            Add your own task
          </button>
          <p class="hint" id="da-presets-hint">
            Or add a common one (change its figures to yours):
          </p>
          <ul class="presets" aria-describedby="da-presets-hint">
            {presets.map((preset) => (
              <li key={preset.name}>
                <button
                  type="button"
                  class="secondary"
                  disabled={have.has(preset.name)}
                  onClick={() =>
                    addTask({
                      ...preset,
                      rate: preset.rate === null ? null : scaled(preset.rate, currency),
                    })
                  }
                >
                  <span aria-hidden="true">+ </span>
                  {preset.name}
                  {have.has(preset.name) && (
                    <span class="visually-hidden">, already in your list</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
