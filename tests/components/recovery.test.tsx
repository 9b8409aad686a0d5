// A calculator whose saved values this version cannot read: the notice says
// so, the reader's first edit sets the stored text aside into the recovery
// slot, and the notice offers that kept copy as a file, or to discard it.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import BreakEvenTool from "~/components/break-even/BreakEvenTool";
import { FIELD_HINTS, FORM_LABELS } from "~/lib/break-even/field-hints";
import { PRESETS } from "~/lib/break-even/presets";
import { VERDICT_REASONS } from "~/lib/break-even/verdict-reasons";
import { actAndWait } from "./support/act-and-wait";

const KEY = "handoff:break-even";
const RAW = '{"v":1,"data":{"broken": tru';

describe("a calculator with unreadable saved values", () => {
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(KEY, RAW);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it("sets them aside at the first edit, and offers the kept copy to download or discard", async () => {
    await act(async () => {
      render(
        <BreakEvenTool
          hints={FIELD_HINTS}
          labels={FORM_LABELS}
          reasons={VERDICT_REASONS}
          presets={PRESETS}
        />,
      );
    });
    expect(await screen.findByText(/could not be read/)).toBeTruthy();
    expect(screen.getByText(/keeps a copy of them aside/)).toBeTruthy();
    expect(localStorage.getItem(`${KEY}:kept`)).toBeNull();

    await actAndWait(() =>
      fireEvent.input(screen.getByLabelText(/^Your time each time after handing over/), {
        target: { value: "30" },
      }),
    );
    expect(localStorage.getItem(`${KEY}:kept`)).toBe(RAW);
    expect(localStorage.getItem(KEY)).not.toBe(RAW);
    expect(await screen.findByText(/kept a copy of them aside/)).toBeTruthy();

    const files: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      files.push(blob as Blob);
      return "blob:kept";
    });
    fireEvent.click(screen.getByRole("button", { name: "Download the kept copy" }));
    await vi.waitFor(() => expect(files).toHaveLength(1));
    expect(await files[0]!.text()).toBe(RAW);

    vi.stubGlobal("confirm", () => true);
    await actAndWait(() =>
      fireEvent.click(screen.getByRole("button", { name: "Discard the kept copy" })),
    );
    await vi.waitFor(() => expect(localStorage.getItem(`${KEY}:kept`)).toBeNull());
    expect(localStorage.getItem(KEY)).not.toBeNull();
  });
});
