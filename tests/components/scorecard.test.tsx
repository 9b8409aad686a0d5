// The scorecard as a reader uses it, in happy-dom. Storage starts empty in each
// test and each render is a fresh page load for the stores. IntersectionObserver
// is removed so the parts that load when scrolled to load at once.
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import Scorecard from "~/components/scorecard/Scorecard";
import {
  newCandidate,
  newScorecard,
  type Scorecard as Card,
} from "~/lib/scorecard/candidate";
import { CRITERIA } from "~/lib/scorecard/criteria";
import { scorecardLink } from "~/lib/scorecard/scorecard-link";
import { actAndWait } from "./support/act-and-wait";

const PAGE = "/tools/scorecard/";

/** Renders the tool and waits for the comparison and the card's lower half to load. */
async function openTool() {
  await act(async () => {
    render(<Scorecard />);
  });
  await screen.findByRole("table");
  await screen.findByRole("group", { name: "Dealbreakers" });
}

/** The group of radios for one criterion. */
const criterion = (name: string) =>
  screen.getByRole("group", { name: new RegExp(`^${name}`) });

/** Picks a rating (its accessible name, e.g. "4: Ready to use as delivered") in a criterion. */
const rate = (name: string, level: RegExp | string) =>
  actAndWait(() =>
    fireEvent.click(within(criterion(name)).getByRole("radio", { name: level })),
  );

const type = (label: string, text: string) =>
  actAndWait(() =>
    fireEvent.input(screen.getByLabelText(label), { target: { value: text } }),
  );

/** The candidate switcher's button for a name. */
const chip = (name: RegExp) =>
  within(screen.getByRole("group", { name: "Candidate to rate" })).getByRole("button", {
    name,
  });

/** The comparison's rows as "place name score". */
function ranking(): string[] {
  const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
  return rows.map((row) =>
    [...row.querySelectorAll("td, th")]
      .map((cell, i) =>
        i === 1 ? cell.querySelector("button")?.textContent : cell.textContent,
      )
      .filter((_, i) => i < 3)
      .join(" "),
  );
}

describe("Scorecard", () => {
  beforeEach(() => {
    localStorage.clear();
    // What another tab's clear would send: the stores forget what they cached.
    window.dispatchEvent(new StorageEvent("storage", { key: null }));
    history.replaceState(null, "", PAGE);
    vi.stubGlobal("IntersectionObserver", undefined);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("ranks two rated candidates and re-ranks them as ratings change", async () => {
    await openTool();
    await type("Name", "Ana");
    await rate("Trial task result", /^4:/);
    // Ana: trial 4 of 4 → 100, with 5 of 40 weight assessed.
    expect(ranking()).toEqual(["1 Ana 100"]);

    await actAndWait(() =>
      fireEvent.click(screen.getByRole("button", { name: "Add candidate" })),
    );
    await type("Name", "Bo");
    await rate("Trial task result", /^2:/);
    await rate("Proven skill", /^4:/);
    await rate("Responsiveness and reliability", /^4:/);
    // Bo: (5×2 + 4×4 + 4×4) ÷ (13 × 4) = 42/52 → 80.
    expect(ranking()).toEqual(["1 Ana 100", "2 Bo 80"]);

    await actAndWait(() => fireEvent.click(chip(/^Ana/)));
    await rate("Proven skill", /^0:/);
    // Ana: (5×4 + 4×0) ÷ (9 × 4) = 20/36 → 55.
    expect(ranking()).toEqual(["1 Bo 80", "2 Ana 55"]);
    expect(
      screen.getByText(
        /^Trial Bo first|^Not enough evidence yet: run a trial, starting with Bo/,
      ),
    ).toBeTruthy();
  });

  it("rules a candidate out with a dealbreaker, whatever the score", async () => {
    await openTool();
    await rate("Trial task result", /^4:/);
    await actAndWait(() =>
      fireEvent.click(screen.getByLabelText("Asked to pay or be paid off the platform")),
    );
    expect(ranking()).toEqual(["Ruled out Candidate A 100"]);
    expect(
      screen.getByText(
        "Ruled out by a dealbreaker, whatever the score: asked to pay or be paid off the platform.",
      ),
    ).toBeTruthy();
  });

  it("lists a quote far above the expected rate as a concern, on the card and in the comparison, in the chosen currency", async () => {
    await openTool();
    for (const { name } of CRITERIA) await rate(name, /^4:/);
    await type("Their quote", "5000");
    await type("Hours it takes", "20");
    await type("From", "30");
    await type("To", "60");
    const concern =
      "Price: about $250 an hour, above the range you expect ($30 to $60 an hour)";
    // Still a hire: the price is a concern to weigh, not a dealbreaker.
    expect(ranking()).toEqual(["1 Candidate A 100"]);
    expect(document.querySelector(".verdict .headline")?.textContent).toBe("Hire");
    await screen.findByText(concern, { selector: ".verdict li" });
    const concerns = [...document.querySelectorAll(".verdict li")].map(
      (li) => li.textContent,
    );
    expect(concerns).toContain(concern);
    expect(within(screen.getByRole("table")).getByText(concern)).toBeTruthy();
    expect(screen.getByText("About $250 an hour.")).toBeTruthy();

    await actAndWait(() =>
      fireEvent.change(screen.getByLabelText("Currency of quotes and rates"), {
        target: { value: "EUR" },
      }),
    );
    expect(
      within(screen.getByRole("table")).getByText(
        "Price: about €250 an hour, above the range you expect (€30 to €60 an hour)",
      ),
    ).toBeTruthy();
    expect(screen.getAllByText("EUR an hour").length).toBe(2);
  });

  it("says why a ruled-out candidate is out without repeating the band", async () => {
    await openTool();
    await actAndWait(() =>
      fireEvent.click(screen.getByLabelText("Asked to pay or be paid off the platform")),
    );
    expect(document.querySelector(".verdict .headline")?.textContent).toBe("Do not hire");
    expect(document.querySelector(".verdict .headline + p")?.textContent).not.toMatch(
      /^Do not hire/,
    );
  });

  it("starts over at once, never with window.confirm, and Undo brings the scorecard back", async () => {
    const confirm = vi.fn(() => true);
    vi.stubGlobal("confirm", confirm);
    await openTool();
    await type("Name", "Ana");
    await actAndWait(() =>
      fireEvent.click(screen.getByRole("button", { name: "Start over" })),
    );
    // Start over's code and the Undo bar load on first use.
    await screen.findByRole("button", { name: "Undo" });
    expect(ranking()).toEqual(["Un\u00adranked Candidate A –"]);
    expect(confirm).not.toHaveBeenCalled();
    await actAndWait(() => fireEvent.click(screen.getByRole("button", { name: "Undo" })));
    expect(ranking()).toEqual(["Un\u00adranked Ana –"]);
  });

  it("shows the ranking right under the ratings, where a phone reader finishes rating", async () => {
    await openTool();
    await type("Name", "Ana");
    await rate("Trial task result", /^4:/);
    const glance = screen.getByRole("region", { name: "Ranking so far" });
    expect(glance.textContent).toContain("Ana: 100 / 100, Not enough evidence");
    // It follows the last criterion's ratings, before the card's lower half.
    const groups = document.querySelectorAll("fieldset.rating");
    const last = groups[groups.length - 1] as HTMLElement;
    expect(groups.length).toBe(12);
    expect(
      last.compareDocumentPosition(glance) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(within(glance).getByRole("link").getAttribute("href")).toBe(
      "#sc-comparison-title",
    );
  });

  it("removes a candidate and brings it back with Undo", async () => {
    await openTool();
    await actAndWait(() =>
      fireEvent.click(screen.getByRole("button", { name: "Add candidate" })),
    );
    await type("Name", "Bo");
    await actAndWait(() =>
      fireEvent.click(screen.getByRole("button", { name: "Remove" })),
    );
    expect(screen.queryAllByRole("button", { name: /^Bo/ })).toEqual([]);
    // The Undo bar loads with the tool's notices.
    expect(await screen.findByText(/Removed Bo\./)).toBeTruthy();
    await actAndWait(() => fireEvent.click(screen.getByRole("button", { name: "Undo" })));
    expect(chip(/^Bo/).getAttribute("aria-pressed")).toBe("true");
  });

  it("opens a shared link with its candidates and ratings, and shares names only after #", async () => {
    const card: Card = {
      ...newScorecard("admin"),
      candidates: [
        {
          ...newCandidate(0),
          name: "Ana",
          ratings: { ...newCandidate(0).ratings, trial: 4 },
        },
        {
          ...newCandidate(1),
          name: '<img src=x onerror="alert(1)">',
          note: "Met on Tuesday",
        },
      ],
    };
    const url = scorecardLink(card, new URL(PAGE, location.href));
    history.replaceState(null, "", url.pathname + url.search + url.hash);
    await openTool();

    expect(
      await screen.findByText(/You are looking at values from a shared link/),
    ).toBeTruthy();
    expect(
      (screen.getByLabelText("Role you are hiring for") as HTMLSelectElement).value,
    ).toBe("admin");
    const trial = within(criterion("Trial task result")).getByRole("radio", {
      name: /^4:/,
    });
    expect((trial as HTMLInputElement).checked).toBe(true);
    // The name with markup is shown as text, never as an element.
    expect(chip(/^<img src=x/)).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();

    const writeText = vi.fn(async (_: string) => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    });
    // Copy link's work loads when pressed.
    await vi.waitFor(() => expect(writeText).toHaveBeenCalled());
    const copied = new URL(writeText.mock.calls[0]?.[0] ?? "");
    expect(copied.search).not.toMatch(/Ana|img|Tuesday/);
    expect(copied.hash).toContain("n=Ana");
    expect(copied.hash).toContain("t=Met+on+Tuesday");
  });

  it("keeps candidates and ratings across a reload", async () => {
    await openTool();
    await type("Name", "Ana");
    await rate("Trial task result", /^3:/);
    cleanup();
    await openTool();
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Ana");
    const three = within(criterion("Trial task result")).getByRole("radio", {
      name: /^3:/,
    });
    expect((three as HTMLInputElement).checked).toBe(true);
  });

  // Last: the storage engine is installed once per run, and this turns it off.
  it("keeps working, and says so, when storage throws", async () => {
    // happy-dom binds Storage methods onto the instance on first use, so the
    // instance is patched, not Storage.prototype as in a real browser.
    const { getItem, setItem } = localStorage;
    const patch = (get: typeof getItem, set: typeof setItem) => {
      Object.defineProperty(localStorage, "getItem", { value: get, configurable: true });
      Object.defineProperty(localStorage, "setItem", { value: set, configurable: true });
    };
    const blocked = () => {
      throw new DOMException("blocked", "SecurityError");
    };
    patch(blocked, blocked);
    try {
      await openTool();
      await type("Name", "Ana");
      await rate("Trial task result", /^4:/);
      expect(ranking()).toEqual(["1 Ana 100"]);
      expect(await screen.findByText(/not letting Handoff store anything/)).toBeTruthy();
    } finally {
      patch(getItem, setItem);
    }
  });
});
