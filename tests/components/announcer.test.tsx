import { act, cleanup, render } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The flag "the reader has acted" lives in the module: a fresh copy per test.
async function freshAnnouncer() {
  vi.resetModules();
  return import("~/components/ui/Announcer");
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("Announcer", () => {
  it("says nothing about what the tool opened with, nor its saved values", async () => {
    const { Announcer, ANNOUNCE_DELAY_MS } = await freshAnnouncer();
    const { getByRole, rerender } = render(<Announcer message="Worth delegating" />);
    rerender(<Announcer message="Worth delegating from month 3" />);
    act(() => void vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 2));
    expect(getByRole("status").textContent).toBe("");
  });

  it("speaks the result once the reader has changed something and paused", async () => {
    const { Announcer, ANNOUNCE_DELAY_MS } = await freshAnnouncer();
    const { getByRole, rerender } = render(<Announcer message="Worth delegating" />);
    document.body.dispatchEvent(new Event("input", { bubbles: true }));
    rerender(<Announcer message="Not worth it" />);
    act(() => void vi.advanceTimersByTime(ANNOUNCE_DELAY_MS - 1));
    expect(getByRole("status").textContent).toBe("");
    rerender(<Announcer message="Worth it in month 2" />);
    act(() => void vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(getByRole("status").textContent).toBe("Worth it in month 2");
  });
});
