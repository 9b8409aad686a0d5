// The onboarding checklist as a reader uses it, in happy-dom. Storage starts
// empty in each test, and each render is a fresh page load for the stores.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import Onboarding from "~/components/onboarding/Onboarding";
import { $dueDates, $listing } from "~/stores/onboarding-checklist";
import { actAndWait } from "./support/act-and-wait";
import { pendingTasks } from "./support/pending-tasks";

const OVERLAP = /^Agree one or two hours a day when you are both online/;
const PASSWORDS = /^Share logins through a password manager/;
const BRIEF = /^Write a one-page brief/;

/** Renders the island and waits for its lazily loaded checklist. */
async function openTool() {
  await act(async () => {
    render(<Onboarding />);
  });
  await screen.findByRole("heading", { name: "Your checklist" });
  // The lazily loaded part mounted outside act(), so its effects (the store
  // subscriptions) wait for the next frame: let every pending timer and frame
  // run before the test starts changing things.
  await act(pendingTasks);
}

const checkbox = (name: RegExp | string) =>
  screen.getByRole("checkbox", { name }) as HTMLInputElement;

const click = (element: Element) => actAndWait(() => fireEvent.click(element));

describe("Onboarding", () => {
  beforeEach(() => {
    localStorage.clear();
    // The stores outlive a render and cache what they read from storage; tell
    // them it was cleared, as a browser tells a page another tab cleared it.
    window.dispatchEvent(new StorageEvent("storage", { key: null }));
    history.replaceState(null, "", "/tools/onboarding/");
    // No IntersectionObserver: the checklist part loads at once, as it does
    // in browsers without one.
    vi.stubGlobal("IntersectionObserver", undefined);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows a dated checklist for the default answers", async () => {
    await openTool();
    expect(checkbox(BRIEF).checked).toBe(false);
    expect(screen.getByText(/^Overall: 0 of \d+ done$/)).toBeTruthy();
    expect(screen.getAllByText(/^Due/).length).toBeGreaterThan(20);
  });

  it("adds the overlap and password items when the answers call for them", async () => {
    await openTool();
    expect(screen.queryByRole("checkbox", { name: OVERLAP })).toBeNull();
    expect(screen.queryByRole("checkbox", { name: PASSWORDS })).toBeNull();
    await click(screen.getByLabelText("7 hours or more"));
    await click(screen.getByLabelText("Accounts and passwords"));
    expect(checkbox(OVERLAP)).toBeTruthy();
    expect(checkbox(PASSWORDS)).toBeTruthy();
  });

  it("rewords items for the kind of work", async () => {
    await openTool();
    await actAndWait(() =>
      fireEvent.change(screen.getByLabelText("What kind of work are you handing over?"), {
        target: { value: "bookkeeping" },
      }),
    );
    expect(checkbox(/^Decide what a finished month looks like/)).toBeTruthy();
  });

  it("dates every item from the start date", async () => {
    await openTool();
    await actAndWait(() =>
      fireEvent.change(screen.getByLabelText("When do they start?"), {
        target: { value: "2027-03-01" },
      }),
    );
    // The brief is due four weeks before the start: Mar 1 - 28 days = Feb 1.
    const brief = checkbox(BRIEF).closest("li");
    expect(brief?.querySelector("time")?.getAttribute("datetime")).toBe("2027-02-01");
  });

  it("re-dates the steps without rebuilding the list when only the start date moves", async () => {
    await openTool();
    const listing = $listing.get();
    const dates = $dueDates.get();
    await actAndWait(() =>
      fireEvent.change(screen.getByLabelText("When do they start?"), {
        target: { value: "2027-03-08" },
      }),
    );
    expect($dueDates.get()).not.toBe(dates);
    // The same listing: the list, its progress and the share link do not re-render.
    expect($listing.get()).toBe(listing);
    await click(screen.getByRole("radio", { name: /Nothing yet/ }));
    expect($listing.get()).not.toBe(listing);
  });

  it("keeps the last good start date, with an error, while the field is cleared", async () => {
    await openTool();
    const field = screen.getByLabelText("When do they start?") as HTMLInputElement;
    const before = checkbox(BRIEF).closest("li")?.querySelector("time")?.dateTime;
    await actAndWait(() => fireEvent.change(field, { target: { value: "" } }));
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/Enter a full date/)).toBeTruthy();
    expect(checkbox(BRIEF).closest("li")?.querySelector("time")?.dateTime).toBe(before);
  });

  it("updates the phase and overall progress when an item is ticked", async () => {
    await openTool();
    const total = Number(
      /of (\d+)/.exec(screen.getByText(/^Overall:/).textContent ?? "")?.[1],
    );
    await click(checkbox(BRIEF));
    expect(checkbox(BRIEF).checked).toBe(true);
    expect(screen.getByText(`Overall: 1 of ${total} done`)).toBeTruthy();
    const phase = checkbox(BRIEF).closest("section");
    expect(phase?.querySelector(".ob-progress")?.textContent).toMatch(/^1 of \d+ done$/);
    expect(phase?.querySelector("progress")?.getAttribute("value")).toBe("1");
  });

  it("keeps ticks across a reload, and through a change of answers for items that stay", async () => {
    await openTool();
    await click(checkbox(BRIEF));
    await click(screen.getByRole("radio", { name: "A fixed project" }));
    expect(checkbox(BRIEF).checked).toBe(true);
    cleanup();
    await openTool();
    expect(checkbox(BRIEF).checked).toBe(true);
    expect(
      (screen.getByRole("radio", { name: "A fixed project" }) as HTMLInputElement)
        .checked,
    ).toBe(true);
  });

  it("clears ticks at once and brings them back with Undo", async () => {
    await openTool();
    await click(checkbox(BRIEF));
    await click(screen.getByRole("button", { name: "Clear my ticks" }));
    expect(checkbox(BRIEF).checked).toBe(false);
    expect(screen.getByText(/^Overall: 0 of/)).toBeTruthy();
    // The Undo bar loads with the tool's notices.
    expect(await screen.findByText("Cleared your ticks.")).toBeTruthy();
    await click(screen.getByRole("button", { name: "Undo" }));
    expect(checkbox(BRIEF).checked).toBe(true);
  });

  it("opens a shared link without touching the reader's own answers and ticks", async () => {
    await openTool();
    await click(checkbox(BRIEF));
    const saved = localStorage.getItem("handoff:onboarding");
    cleanup();
    history.replaceState(null, "", "/tools/onboarding/?v=1&work=bookkeeping&tz=7%2B");
    await openTool();
    // The link format and the banner load on demand.
    expect(await screen.findByRole("region", { name: "Shared link" })).toBeTruthy();
    expect(checkbox(OVERLAP)).toBeTruthy();
    expect(checkbox(BRIEF).checked).toBe(false);
    await click(checkbox(BRIEF));
    expect(localStorage.getItem("handoff:onboarding")).toBe(saved);
    await click(screen.getByRole("button", { name: "Back to my own values" }));
    expect(screen.queryByRole("checkbox", { name: OVERLAP })).toBeNull();
    expect(checkbox(BRIEF).checked).toBe(true);
  });

  it("lists the link's ignored settings in a notice", async () => {
    history.replaceState(null, "", "/tools/onboarding/?v=1&work=<b>spy</b>");
    await openTool();
    expect(await screen.findByText(/^Ignored “work=<b>spy<\/b>”/)).toBeTruthy();
  });
});
