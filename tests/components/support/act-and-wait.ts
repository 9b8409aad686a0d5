import { act } from "@testing-library/preact";

/**
 * Runs `action` inside act() and waits a macrotask: @nanostores/preact batches
 * re-renders with setTimeout, so the screen updates one tick after a store does.
 */
export async function actAndWait(action: () => void): Promise<void> {
  await act(async () => {
    action();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
