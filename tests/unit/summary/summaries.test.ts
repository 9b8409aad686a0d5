// The summary sections, built from hand-made saved states exactly as the tools
// store them (writeEnvelope), read back through the tools' own code.
import { describe, expect, it } from "vitest";
import { formFromInputs } from "~/lib/break-even/form-state";
import { DEFAULT_INPUTS } from "~/lib/break-even/inputs";
import { newScorecard, type Candidate } from "~/lib/scorecard/candidate";
import { CRITERION_IDS } from "~/lib/scorecard/criteria";
import { EXAMPLE_ANSWERS } from "~/lib/onboarding/example-answers";
import { buildChecklist } from "~/lib/onboarding/rules";
import { writeEnvelope } from "~/lib/storage/envelope";
import { breakEvenSummary } from "~/lib/break-even/summary";
import { NEXT_ITEMS, onboardingSummary } from "~/lib/onboarding/summary";
import { scorecardSummary } from "~/lib/scorecard/summary";

const saved = (data: unknown) => writeEnvelope(data, 1);

const bad = [
  ["nothing stored", undefined],
  ["an empty string", ""],
  ["text that is not JSON", "{nope"],
  ["a newer version's data", JSON.stringify({ v: 2, data: {} })],
  ["data of the wrong shape", saved({ hello: "world" })],
] as const;

describe("breakEvenSummary", () => {
  it.each(bad)("gives null for %s, so the page points to the tool", (_, raw) => {
    expect(breakEvenSummary(raw, "en-US")).toBeNull();
  });

  it("gives the calculator's verdict and figures for saved numbers", () => {
    // 120 min a week by hand, 20 min checking, $40 an hour against $60 of your
    // time: a weekly hand-over that pays back well within the horizon.
    const form = formFromInputs(
      {
        ...DEFAULT_INPUTS,
        do: 120,
        freq: 1,
        per: "week",
        review: 20,
        price: 40,
        value: 60,
      },
      "USD",
      "en-US",
    );
    const summary = breakEvenSummary(saved(form), "en-US");
    expect(summary?.kind).toBe("verdict");
    if (summary?.kind !== "verdict") return;
    expect(summary.headline).toBe("Delegate it");
    expect(summary.figures.length).toBeGreaterThan(2);
    for (const figure of summary.figures) {
      expect(figure.value).not.toMatch(/NaN|Infinity|undefined|-0\b/);
    }
  });

  it("says how many fields need fixing when the saved text is not a number", () => {
    const form = formFromInputs(DEFAULT_INPUTS, "USD", "en-US");
    const broken = { ...form, text: { ...form.text, do: "lots", price: "" } };
    expect(breakEvenSummary(saved(broken), "en-US")).toEqual({
      kind: "incomplete",
      fields: 2,
    });
  });
});

const rated = (id: string, name: string, rating: 0 | 1 | 2 | 3 | 4): Candidate => {
  const base = newScorecard().candidates[0] as Candidate;
  return {
    ...base,
    id,
    name,
    ratings: Object.fromEntries(
      CRITERION_IDS.map((c) => [c, rating]),
    ) as Candidate["ratings"],
  };
};

describe("scorecardSummary", () => {
  it.each(bad)("gives null for %s", (_, raw) => {
    expect(scorecardSummary(raw)).toBeNull();
  });

  it("gives null for a fresh scorecard with one blank candidate", () => {
    expect(scorecardSummary(saved(newScorecard()))).toBeNull();
  });

  it("lists candidates in ranked order with places, scores and the leader's next step", () => {
    // Every criterion rated 4 of 4 scores 100; every criterion at 2 scores 50.
    const scorecard = {
      ...newScorecard(),
      candidates: [rated("a", "Bea", 2), rated("b", "Ana", 4)],
    };
    const summary = scorecardSummary(saved(scorecard));
    expect(summary?.candidates.map((c) => [c.place, c.name, c.score])).toEqual([
      ["1", "Ana", "100"],
      ["2", "Bea", "50"],
    ]);
    expect(summary?.candidates[0]?.evidencePercent).toBe(100);
    expect(summary?.nextStep.startsWith("Ana: ")).toBe(true);
  });

  it("keeps a candidate with only a name, with no score yet", () => {
    const base = newScorecard();
    const named = {
      ...base,
      candidates: [{ ...(base.candidates[0] as Candidate), name: "Cai" }],
    };
    const summary = scorecardSummary(saved(named));
    expect(summary?.candidates).toEqual([
      expect.objectContaining({ name: "Cai", score: "no score yet" }),
    ]);
  });
});

describe("onboardingSummary", () => {
  it.each(bad)("gives null for %s", (_, raw) => {
    expect(onboardingSummary(raw, "2027-01-01", "en-US")).toBeNull();
  });

  it("counts ticked steps against the checklist the answers give", () => {
    const all = buildChecklist(EXAMPLE_ANSWERS).phases.flatMap((p) => p.items);
    const ticks = all.slice(0, 3).map((item) => item.id);
    const summary = onboardingSummary(
      saved({ answers: EXAMPLE_ANSWERS, ticks }),
      "2027-01-01",
      "en-US",
    );
    expect(summary?.progress.done).toBe(3);
    expect(summary?.progress.total).toBe(all.length);
    expect(summary?.start).toBe("Jan 4, 2027");
  });

  it("lists the next unticked steps by due date, at most five, leaving ticked ones out", () => {
    const all = buildChecklist(EXAMPLE_ANSWERS).phases.flatMap((p) => p.items);
    const earliest = [...all].sort((a, b) => a.due.localeCompare(b.due))[0]!;
    const summary = onboardingSummary(
      saved({ answers: EXAMPLE_ANSWERS, ticks: [earliest.id] }),
      "2026-01-01",
      "en-US",
    );
    expect(summary?.next).toHaveLength(NEXT_ITEMS);
    expect(summary?.next.map((item) => item.text)).not.toContain(earliest.text);
    expect(summary?.next.some((item) => item.overdue)).toBe(false);
  });

  it("marks steps due before today as overdue", () => {
    const summary = onboardingSummary(
      saved({ answers: EXAMPLE_ANSWERS, ticks: [] }),
      "2030-01-01",
      "en-US",
    );
    expect(summary?.next.every((item) => item.overdue)).toBe(true);
  });

  it("has nothing next when every step is ticked", () => {
    const all = buildChecklist(EXAMPLE_ANSWERS).phases.flatMap((p) => p.items);
    const summary = onboardingSummary(
      saved({ answers: EXAMPLE_ANSWERS, ticks: all.map((item) => item.id) }),
      "2027-01-01",
      "en-US",
    );
    expect(summary?.next).toEqual([]);
    expect(summary?.progress.percent).toBe(100);
  });
});
