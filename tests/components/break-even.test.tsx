// The calculator as a reader uses it, in happy-dom. Storage starts empty in
// each test, and each render is a fresh page load for the stores.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import BreakEvenTool from "~/components/break-even/BreakEvenTool";
import { FIELD_HINTS, FORM_LABELS } from "~/lib/break-even/field-hints";
import { articleExampleById } from "~/lib/break-even/article-examples";
import { PRESETS, presetById } from "~/lib/break-even/presets";
import { VERDICT_REASONS } from "~/lib/break-even/verdict-reasons";
import { actAndWait } from "./support/act-and-wait";

async function renderCalculator(example?: string) {
  await act(async () => {
    render(
      <BreakEvenTool
        hints={FIELD_HINTS}
        labels={FORM_LABELS}
        reasons={VERDICT_REASONS}
        presets={PRESETS}
        example={
          example ? (articleExampleById(example) ?? presetById(example)) : undefined
        }
      />,
    );
  });
  return screen;
}

const type = (label: RegExp | string, text: string) =>
  actAndWait(() =>
    fireEvent.input(screen.getByLabelText(label), { target: { value: text } }),
  );

describe("BreakEven", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => cleanup());

  it("shows a verdict for the defaults", async () => {
    await renderCalculator();
    expect(screen.getByText("Delegate it.")).toBeTruthy();
  });

  it("changes the verdict when checking takes as long as doing it", async () => {
    await renderCalculator();
    await type(/^Your time each time after handing over/, "30");
    expect(screen.getByText("Do it yourself.")).toBeTruthy();
    expect(screen.getByText(/never gives you time back/)).toBeTruthy();
  });

  it("shows the error inline and in the summary, and hides the result, for a bad number", async () => {
    await renderCalculator();
    await type(/^Time to do it yourself/, "12abc");
    const input = screen.getByLabelText(/^Time to do it yourself/) as HTMLInputElement;
    expect(input.value).toBe("12abc");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByText("Delegate it.")).toBeNull();
    // The summary's code loads with the first error.
    const link = await screen.findByRole("link", { name: /must be a number/ });
    expect(link.getAttribute("href")).toBe("#be-do");
    expect(screen.getAllByText(/Time to do it yourself must be a number/).length).toBe(2);
  });

  it("fills the task fields from a preset and says so", async () => {
    await renderCalculator();
    await actAndWait(() =>
      fireEvent.change(screen.getByLabelText("Start from a typical task"), {
        target: { value: "bookkeeping" },
      }),
    );
    // Choosing a preset loads its code on first use.
    expect(
      await screen.findByText(/Filled in typical numbers for bookkeeping/),
    ).toBeTruthy();
    expect(
      (screen.getByLabelText(/^Time to do it yourself/) as HTMLInputElement).value,
    ).toBe("180");
    expect(
      (screen.getByLabelText("How often it comes up") as HTMLSelectElement).value,
    ).toBe("month");
    expect(screen.getByText(/Filled in typical numbers for bookkeeping/)).toBeTruthy();
  });

  it("starts from an article's example preset when nothing is saved", async () => {
    await renderCalculator("bookkeeping");
    expect(
      (screen.getByLabelText(/^Time to do it yourself/) as HTMLInputElement).value,
    ).toBe("180");
  });

  it("opens with a guide's own example, currency included, without naming a preset", async () => {
    await renderCalculator("newsletter");
    const value = (label: RegExp | string) =>
      (screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement).value;
    expect(value(/^Time to do it yourself/)).toBe("60");
    expect(value("How often it comes up")).toBe("week");
    expect(value(/^Time to hand it over/)).toBe("180");
    expect(value(/^Your time each time after handing over/)).toBe("10");
    expect(value("Currency")).toBe("USD");
    expect(screen.queryByText(/Filled in typical numbers/)).toBeNull();
    // The guide's figures: pays back in money after 8 newsletters.
    expect(screen.getAllByText(/after 8 times/).length).toBeGreaterThan(0);
  });

  it("remembers what the reader typed across a reload", async () => {
    await renderCalculator();
    await type(/^Time to do it yourself/, "45");
    cleanup();
    await renderCalculator();
    expect(
      (screen.getByLabelText(/^Time to do it yourself/) as HTMLInputElement).value,
    ).toBe("45");
  });
});
