import { act } from "@testing-library/preact";

/**
 * Runs `action` inside act() and waits a macrotask. Most parts re-render in
 * the same task as the store change (src/components/ui/use-store.ts), but
 * parts subscribed with `{ defer: true }` (the chart) and code loaded on
 * demand update a tick later.
 */
export async function actAndWait(action: () => void): Promise<void> {
  await act(async () => {
    action();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
