// The delegation audit's state: the reader's task list and figures (from a
// link, saved state or a fresh audit), the last removal (for undo), and the
// result derived from them. Task names leave the browser only in a link the
// reader copies, and there only after "#".
import { atom, computed, type WritableAtom } from "nanostores";
import {
  AUDIT_STORAGE_VERSION,
  MAX_TASKS,
  type SkillFamily,
  NAME_MAX_LENGTH,
  taskDisplayName,
  type Audit,
  type AuditTask,
} from "~/lib/delegation-audit/audit";
import { computeAudit, placedTasks } from "~/lib/delegation-audit/audit-result";
import { newAudit } from "~/lib/delegation-audit/new-audit";
import { blankTask, familyRate, type TaskPreset } from "~/lib/delegation-audit/presets";
import { freeTaskId } from "~/lib/delegation-audit/task-id";
import { DEFAULT_CURRENCY, type SupportedCurrency } from "~/lib/format/default-currency";
import { $locale, adoptReaderLocale } from "./locale";
import { $embedded, type StartOptions } from "./embedded";
import { readStored } from "./storage-engine";
import { createToolSession } from "./tool-session";

export { $locale };

const STORAGE_KEY = "handoff:delegation-audit";

// Links and saved state are read by code that loads only when there is one
// (see delegation-audit-io.ts); a first visit needs neither.
let io: typeof import("./delegation-audit-io") | undefined;
const loadIo = async () => (io ??= await import("./delegation-audit-io"));

export const auditSession = createToolSession<Audit>({
  storageKey: STORAGE_KEY,
  version: AUDIT_STORAGE_VERSION,
  initial: () => newAudit(DEFAULT_CURRENCY),
  validate(data) {
    if (io) return io.validateAudit(data);
    // Saved state this visit did not expect (another tab's first save): read
    // it once the validator is here.
    void loadIo().then(() => {
      if (auditSession.$source.get() === "own") void auditSession.start();
    });
    return null;
  },
  link: () =>
    loadIo().then((loaded) => ({
      fromUrl: loaded.readLink,
      toUrl: loaded.auditLink,
      clearUrl: loaded.clearAuditLink,
    })),
  persist: () => !$embedded.get(),
  worthKeeping: (audit) => audit.tasks.length > 0,
});

/** The audit on screen. */
export const $audit = auditSession.$state;

/** Every task placed and ranked, and the plan's totals. */
export const $result = computed($audit, computeAudit);

/** Whether any task is placed: the chart (and the room kept for it) shows only then. */
export const $anyPlaced = computed($result, (result) => placedTasks(result).length > 0);

/** The currency amounts are shown in. */
export const $currency = computed($audit, (audit) => audit.currency);

/** The last task removed and where it stood, until undone or replaced. */
export const $removed = atom<{ task: AuditTask; index: number } | null>(null);

/** What the live region says once the reader pauses. */
export const $announcement = computed($result, ({ groups, totals }) => {
  const hours = Math.round(totals.hoursPerWeek * 10) / 10;
  return `Hand over first: ${groups.first.length} ${groups.first.length === 1 ? "task" : "tasks"}, ${hours} hours a week back. Next: ${groups.next.length}. Learn to steer first: ${groups.steer.length}. Keep: ${groups.keep.length}.`;
});

/**
 * Sets the audit the first render shows, on the server and in the browser
 * alike, so hydration matches: an article's example, else a fresh audit.
 * Called once per island before its parts render; on the server it also
 * stops one page's example from leaking into the next page built.
 */
export function showFirst(example: Audit | undefined): void {
  // The session exposes its state read-only; only this first render may set it.
  (auditSession.$state as WritableAtom<Audit>).set(example ?? newAudit(DEFAULT_CURRENCY));
}

/**
 * Starts the audit in the browser: the reader's locale, then a link, saved
 * state, `example` (an article's) or a fresh audit in the reader's currency.
 */
export async function startAudit({
  embedded = false,
  example,
}: StartOptions & { example?: Audit | undefined } = {}): Promise<void> {
  $embedded.set(embedded);
  adoptReaderLocale();
  $removed.set(null);
  if (!embedded && readStored(STORAGE_KEY) !== undefined) await loadIo();
  await auditSession.start(example ?? newAudit(DEFAULT_CURRENCY));
}

const change = (fn: (audit: Audit) => Audit) => auditSession.update(fn);

/** Applies `fn` to one task. */
function changeTask(id: string, fn: (task: AuditTask) => AuditTask): void {
  change((a) => ({ ...a, tasks: a.tasks.map((t) => (t.id === id ? fn(t) : t)) }));
}

/** Adds a task from a preset (or an empty row) at the end; returns its id, or null when the list is full. */
export function addTask(preset?: TaskPreset): string | null {
  const audit = $audit.get();
  if (audit.tasks.length >= MAX_TASKS) return null;
  const id = freeTaskId(new Set(audit.tasks.map((t) => t.id)), audit.tasks.length);
  const task: AuditTask = { id, ...(preset ?? blankTask(audit.currency)) };
  change((a) => ({ ...a, tasks: [...a.tasks, task] }));
  return id;
}

/** Removes a task, keeping it for {@link undoRemove}. */
export function removeTask(id: string): void {
  const { tasks } = $audit.get();
  const index = tasks.findIndex((t) => t.id === id);
  const task = tasks[index];
  if (!task) return;
  $removed.set({ task, index });
  change((a) => ({ ...a, tasks: a.tasks.filter((t) => t.id !== id) }));
}

/** Puts the last removed task back where it was. */
export function undoRemove(): void {
  const removed = $removed.get();
  const { tasks } = $audit.get();
  if (!removed || tasks.length >= MAX_TASKS) return;
  const ids = new Set(tasks.map((t) => t.id));
  const task = ids.has(removed.task.id)
    ? { ...removed.task, id: freeTaskId(ids, tasks.length) }
    : removed.task;
  change((a) => ({
    ...a,
    tasks: [...a.tasks.slice(0, removed.index), task, ...a.tasks.slice(removed.index)],
  }));
  $removed.set(null);
}

/** Forgets the last removal. */
export function forgetRemoved(): void {
  $removed.set(null);
}

/** Moves a task one place up (-1) or down (+1) the list. */
export function moveTask(id: string, by: -1 | 1): void {
  change((a) => {
    const from = a.tasks.findIndex((t) => t.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= a.tasks.length) return a;
    const tasks = [...a.tasks];
    [tasks[from], tasks[to]] = [tasks[to] as AuditTask, tasks[from] as AuditTask];
    return { ...a, tasks };
  });
}

/** The reader renamed a task; blank shows "Task 3". */
export function renameTask(id: string, name: string): void {
  changeTask(id, (t) => ({ ...t, name: name.slice(0, NAME_MAX_LENGTH) }));
}

/** The reader changed one of a task's fields (hours and rate: null while invalid). */
export function setTaskField<K extends Exclude<keyof AuditTask, "id" | "name">>(
  id: string,
  field: K,
  value: AuditTask[K],
): void {
  changeTask(id, (t) => ({ ...t, [field]: value }));
}

/**
 * The reader picked a task's skill family. A rate still at the old family's
 * default (or empty) follows to the new family's; a rate the reader typed stays.
 */
export function setFamily(id: string, family: SkillFamily): void {
  const { currency } = $audit.get();
  changeTask(id, (t) => ({
    ...t,
    family,
    rate:
      t.rate === null || t.rate === familyRate(t.family, currency)
        ? familyRate(family, currency)
        : t.rate,
  }));
}

/** The reader changed a figure asked once (null while empty or invalid). */
export function setFigure(
  field: "value" | "revenue" | "goal",
  value: number | null,
): void {
  change((a) => ({ ...a, [field]: value }));
}

/** The reader picked a currency: amounts keep their numbers, only the unit changes. */
export function setCurrency(currency: SupportedCurrency): void {
  change((a) => ({ ...a, currency }));
}

/** Starts over: an empty list, the figures at their defaults (the tools' shared Undo brings them back). */
export function startOver(): Promise<void> {
  $removed.set(null);
  return import("./tool-session-actions").then((m) => m.startOver(auditSession));
}

/** "Task 3" or the task's name, for messages. */
export const nameOf = taskDisplayName;
