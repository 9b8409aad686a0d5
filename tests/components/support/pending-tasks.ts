// Waits on happy-dom's own queue instead of a guessed number of milliseconds.

/** happy-dom's API on its window (not in the DOM's types). */
interface HappyDomWindow {
  happyDOM: { waitUntilComplete(): Promise<void> };
}

/**
 * Resolves once every timer, animation frame and fetch the page has started
 * has run, including those they start in turn: an event, not a duration.
 */
export const pendingTasks = (): Promise<void> =>
  (window as unknown as HappyDomWindow).happyDOM.waitUntilComplete();
