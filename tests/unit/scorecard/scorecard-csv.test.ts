import { describe, expect, it } from "vitest";
import type { Scorecard } from "~/lib/scorecard/candidate";
import { CRITERIA } from "~/lib/scorecard/criteria";
import { presetWeights } from "~/lib/scorecard/presets";
import { scorecardCsv } from "~/lib/scorecard/scorecard-csv";
import { parseCsv } from "../export/parse-csv";
import { allRated, candidateWith, weightsWith } from "./build";

/** Parses the export (after its byte-order mark) into header names and rows keyed by them. */
function read(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header = [], ...rest] = parseCsv(text.slice(1));
  for (const row of rest) expect(row).toHaveLength(header.length);
  return {
    header,
    rows: rest.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ""]))),
  };
}

// Weights skill 2, trial 2 (everything else 0): score = (skill + trial) × 12.5.
const card: Scorecard = {
  role: "general",
  weights: weightsWith({ skill: 2, trial: 2 }),
  rateRange: { min: 30, max: 60 },
  currency: "USD",
  candidates: [
    candidateWith(
      { skill: 2, trial: 2 },
      { id: "a", name: "Zoë Łukasiewicz", quote: 500, hours: 20 },
      0,
    ),
    candidateWith(
      { skill: 4, trial: 4 },
      { id: "b", name: "", note: '=HYPERLINK("x")\nsecond, line' },
      1,
    ),
    candidateWith(
      allRated(4),
      { id: "c", name: 'Ana, "the fast one"', dealbreakers: ["copied-work"] },
      2,
    ),
    candidateWith({}, { id: "d", name: "+Max", quote: 750, hours: 16 }, 3),
    candidateWith({ skill: 3, trial: 3 }, { id: "e", name: "山田 太郎" }, 4),
    candidateWith({ skill: 4, trial: 2 }, { id: "f", name: "@fern" }, 5),
  ],
};

describe("scorecardCsv", () => {
  it("writes a header with the weight of each criterion, then one row per candidate", () => {
    const { header, rows } = read(scorecardCsv(card, "en-GB"));
    expect(header.slice(0, 7)).toEqual([
      "Rank",
      "Tied",
      "Candidate",
      "Score (0-100)",
      "Evidence (%)",
      "Band",
      "Next step",
    ]);
    expect(header).toContain("Proven skill (weight 2)");
    expect(header).toContain("Track record (weight 0)");
    expect(header.slice(-8)).toEqual([
      "Dealbreakers",
      "Quote (USD)",
      "Hours",
      "Hourly rate (USD)",
      "Rate check",
      "Strengths",
      "Concerns",
      "Note",
    ]);
    expect(header).toHaveLength(7 + CRITERIA.length + 8);
    expect(rows).toHaveLength(6);
  });

  it("lists candidates in ranked order with places, ties, unranked and ruled out shown as such", () => {
    // b 100; e 75 and f 75 tie; a 50; d has no score; c is ruled out.
    const { rows } = read(scorecardCsv(card, "en-GB"));
    expect(
      rows.map((r) => [r["Rank"], r["Tied"], r["Candidate"], r["Score (0-100)"]]),
    ).toEqual([
      ["1", "", "Candidate B", "100"],
      ["2", "yes", "山田 太郎", "75"],
      ["2", "yes", "'@fern", "75"],
      ["4", "", "Zoë Łukasiewicz", "50"],
      ["Unranked", "", "'+Max", ""],
      ["Ruled out", "", 'Ana, "the fast one"', "100"],
    ]);
  });

  it("writes evidence, band, next step and each rating or not assessed", () => {
    const { rows } = read(scorecardCsv(card, "en-GB"));
    const [b, , , , d, c] = rows;
    expect(b?.["Evidence (%)"]).toBe("100");
    expect(b?.["Band"]).toBe("Hire");
    expect(b?.["Next step"]).toBe(
      "Hire, starting with a small first project that has a clear end.",
    );
    expect(b?.["Proven skill (weight 2)"]).toBe("4");
    expect(b?.["Communication clarity (weight 0)"]).toBe("not assessed");
    expect(d?.["Evidence (%)"]).toBe("0");
    expect(d?.["Next step"]).toBe("Not enough evidence yet: run a trial.");
    expect(c?.["Next step"]).toBe(
      "Ruled out by a dealbreaker, whatever the score: handed in unoriginal or copied work.",
    );
    expect(c?.["Dealbreakers"]).toBe("Handed in unoriginal or copied work");
  });

  it("writes strengths and concerns in words", () => {
    const { rows } = read(scorecardCsv(card, "en-GB"));
    expect(rows[0]?.["Strengths"]).toBe(
      "Proven skill: excellent, verified work; Trial task result: ready to use as delivered",
    );
    expect(rows[4]?.["Concerns"]).toBe("");
    const heavy = scorecardCsv({ ...card, weights: presetWeights("general") }, "en-GB");
    const unscored = read(heavy).rows.find((r) => r["Candidate"] === "'+Max");
    expect(unscored?.["Concerns"]).toBe(
      "Trial task result: not assessed yet; Proven skill: not assessed yet; Responsiveness and reliability: not assessed yet",
    );
  });

  it("keeps a note's quotes, commas and line breaks and defuses a leading =", () => {
    const { rows } = read(scorecardCsv(card, "en-GB"));
    expect(rows[0]?.["Note"]).toBe('\'=HYPERLINK("x")\nsecond, line');
  });

  it("writes quote, hours, hourly rate and how the rate compares with the range", () => {
    // a: 500 / 20 = 25 per hour, under 30; d: 750 / 16 = 46.875 per hour, shown 46.88.
    const { rows } = read(scorecardCsv(card, "en-GB"));
    const a = rows.find((r) => r["Candidate"] === "Zoë Łukasiewicz");
    const d = rows.find((r) => r["Candidate"] === "'+Max");
    expect([
      a?.["Quote (USD)"],
      a?.["Hours"],
      a?.["Hourly rate (USD)"],
      a?.["Rate check"],
    ]).toEqual(["500", "20", "25", "Below your range"]);
    expect(a?.["Concerns"]).toContain(
      "Price: about US$25 an hour, below the range you expect (US$30 to US$60 an hour)",
    );
    expect([d?.["Hourly rate (USD)"], d?.["Rate check"]]).toEqual([
      "46.88",
      "Within your range",
    ]);
    expect(rows[0]?.["Hourly rate (USD)"]).toBe("");
    expect(rows[0]?.["Rate check"]).toBe("");
  });

  it("writes fractional amounts with the locale's decimal mark and Latin digits", () => {
    const de = read(scorecardCsv(card, "de-DE")).rows.find(
      (r) => r["Candidate"] === "'+Max",
    );
    expect(de?.["Hourly rate (USD)"]).toBe("46,88");
    const ar = read(scorecardCsv(card, "ar-EG")).rows.find(
      (r) => r["Candidate"] === "'+Max",
    );
    expect(ar?.["Hourly rate (USD)"]).toBe("46.88");
    const odd = read(scorecardCsv(card, "not a locale!")).rows.find(
      (r) => r["Candidate"] === "'+Max",
    );
    expect(odd?.["Hourly rate (USD)"]).toBe("46.88");
  });

  it("writes only a header for a scorecard with no candidates", () => {
    const { header, rows } = read(scorecardCsv({ ...card, candidates: [] }, "en-GB"));
    expect(header[0]).toBe("Rank");
    expect(rows).toEqual([]);
  });
});
