// What a tool's session does only sometimes: keep or leave a shared link,
// start over, Undo, and write edits to the address bar (shared links and
// embeds only). Most visits need none of it, so it loads on first use:
// SessionNotices imports it, and tools import it with import() when the
// reader presses a button. Every tool gets the same Undo: one at a time, for
// the last action that threw values away, until the reader undoes it,
// dismisses it, does another such action or leaves the page.
import type { WritableAtom } from "nanostores";
import { readStored } from "./storage-engine";
import type { StateSource, ToolSession } from "./tool-session";

/** How to undo a change: what it did, and how to put back what it removed. */
export interface UndoStep<S> {
  /** What the change did, as a sentence: "Cleared your ticks." */
  text: string;
  /** The current state with what the change removed put back. */
  revert: (state: S) => S;
}

/** The fragment key of a coach's note (NOTE_KEY in lib/coaches/coach-note.ts). */
const NOTE = "note";

/**
 * `next` with the coach's note from the fragment `current` (the address
 * bar's), if it has one: a tool's link format writes its own fragment, or
 * none, and the note must stay while the reader works, for "Open in Handoff"
 * and a reload.
 */
export function keepNote(next: URL, current = location.hash): URL {
  const note = new URLSearchParams(current.slice(1)).get(NOTE);
  if (note !== null) {
    const params = new URLSearchParams(next.hash.slice(1));
    params.set(NOTE, note);
    next.hash = params.toString();
  }
  return next;
}

const replaceUrl = (url: URL) =>
  history.replaceState(history.state, "", keepNote(url).href);

/** Puts the working state in the address bar. */
export async function writeLink<S>(session: ToolSession<S>): Promise<void> {
  const format = await session.core.loadLink();
  replaceUrl(format.toUrl(session.$state.get(), new URL(location.href)));
}

/** Takes the tool's keys out of the address bar (keeping a coach's note). */
async function stripLink<S>(session: ToolSession<S>): Promise<void> {
  const format = await session.core.loadLink();
  replaceUrl(format.clearUrl(new URL(location.href)));
}

// The one Undo on offer per session, and what it runs.
const offers = new WeakMap<object, () => void>();

const writable = <T>(store: { get(): T }) => store as WritableAtom<T>;

/** Offers Undo (replacing any earlier offer): `text` says what happened. */
function offer<S>(session: ToolSession<S>, text: string, run: () => void): void {
  offers.set(session, run);
  writable(session.$undo).set(text);
}

/** Offers Undo for a change the tool has just made with `update`. */
export function offerUndo<S>(session: ToolSession<S>, step: UndoStep<S>): void {
  offer(session, step.text, () => session.core.apply(step.revert(session.$state.get())));
}

/** Reverses the last action that threw values away. */
export function undo<S>(session: ToolSession<S>): void {
  const run = offers.get(session);
  dismissUndo(session);
  run?.();
}

/** Takes the Undo offer away. */
export function dismissUndo<S>(session: ToolSession<S>): void {
  offers.delete(session);
  writable(session.$undo).set(null);
}

/**
 * Keeps a shared link's values as the reader's own, with Undo. Returns false,
 * changing nothing, when a newer version's save is stored: keeping would
 * destroy it, and no action ever does.
 */
export async function keepShared<S>(session: ToolSession<S>): Promise<boolean> {
  const { core } = session;
  // Read storage again: another tab may have saved since the page opened.
  core.readOwn();
  if (session.$saveProblem.get() === "newer") return false;
  const raw = readStored(core.key);
  const href = location.href;
  const source = writable<StateSource>(session.$source);
  source.set("own");
  core.apply(session.$state.get());
  await stripLink(session);
  offer(session, "Kept the link's values as yours.", () => {
    // Back to the link, and to what was saved before (nothing, if nothing
    // was), unless a newer version has saved since.
    core.readOwn();
    if (session.$saveProblem.get() !== "newer") core.restore(raw);
    source.set("shared");
    core.readOwn();
    history.replaceState(history.state, "", href);
  });
  return true;
}

/** Leaves a shared link for the reader's own saved values (or the defaults). */
export async function leaveShared<S>(session: ToolSession<S>): Promise<void> {
  writable<StateSource>(session.$source).set("own");
  writable(session.$state).set(session.core.readOwn() ?? session.core.base());
  await stripLink(session);
}

/** Starts over from the defaults, with Undo. */
export function startOver<S>(session: ToolSession<S>): void {
  const before = session.$state.get();
  session.core.apply(session.core.base());
  offer(session, "Started over.", () => session.core.apply(before));
}
