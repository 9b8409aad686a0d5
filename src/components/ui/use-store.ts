// Reads a nanostore in a Preact component and re-renders the component when
// the store changes. @nanostores/preact waits one timer tick per subscription
// before re-rendering, so a keystroke's result reached the screen a task (on
// a slow phone, most of a frame) after the keystroke, behind every other
// subscriber's timer. Preact's own render queue already batches every change
// made in one task into one pass, so this hook hands it the change directly:
// the result is in the DOM before the input event's task ends.
import type { ReadableAtom } from "nanostores";
import { useEffect, useState } from "preact/hooks";

/** Options of {@link useStore}. */
export interface UseStoreOptions {
  /**
   * Re-render a task later instead of at once, for parts that must never
   * delay what the reader is looking at (a chart below the verdict).
   */
  defer?: boolean;
}

/** The store's current value; the component re-renders when it changes. */
export function useStore<T>(store: ReadableAtom<T>, options: UseStoreOptions = {}): T {
  const value = store.get();
  const [, setVersion] = useState(0);
  const defer = options.defer === true;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rerender = () => {
      if (!defer) setVersion((n) => n + 1);
      else
        timer ??= setTimeout(() => {
          timer = undefined;
          setVersion((n) => n + 1);
        });
    };
    const unlisten = store.listen(rerender);
    // The store may have changed between the render and this subscription.
    if (store.get() !== value) rerender();
    return () => {
      unlisten();
      clearTimeout(timer);
    };
    // `value` is deliberately left out: it is the value this render showed, and
    // later values arrive through `listen`.
  }, [store, defer]);
  return value;
}
