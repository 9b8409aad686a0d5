import fc from "fast-check";
import { anyText } from "../support/any-text";
import { describe, expect, it } from "vitest";
import { MAX_CANDIDATES, newCandidate, newScorecard } from "~/lib/scorecard/candidate";
import { CRITERION_IDS } from "~/lib/scorecard/criteria";
import { presetWeights } from "~/lib/scorecard/presets";
import {
  clearScorecardLink,
  readScorecardLink,
  scorecardLink,
  scorecardQuery,
  weightKey,
} from "~/lib/scorecard/scorecard-link";
import { MAX_NOTICES } from "~/lib/url/define-codec";
import { validScorecard } from "./arbitrary-scorecard";
import { candidateWith } from "./build";

const PAGE = new URL("https://handoff.example/tools/scorecard/");
const base = newScorecard();

/** Reads a link written as text, against a fresh scorecard. */
const read = (href: string) => readScorecardLink(new URL(href, PAGE), base);

/** The fragment part of a link: "c=a&n=Ana&r=…" */
const link = (fragment: string, query = "v=1") => `${PAGE.pathname}?${query}#${fragment}`;

const ALL_NOT_ASSESSED = "-".repeat(CRITERION_IDS.length);

describe("scorecardQuery", () => {
  it("accepts the role, a weight for each criterion and both ends of the rate range", () => {
    expect(Object.keys(scorecardQuery.fields)).toEqual([
      "role",
      ...CRITERION_IDS.map(weightKey),
      "rmin",
      "rmax",
      "cur",
    ]);
  });
});

describe("scorecardLink", () => {
  it("keeps names, notes and ratings out of the query string, for any scorecard", () => {
    const allowed = new Set(["v", ...Object.keys(scorecardQuery.fields)]);
    fc.assert(
      fc.property(validScorecard, (scorecard) => {
        const url = scorecardLink(scorecard, PAGE);
        for (const [key, value] of url.searchParams) {
          expect(allowed.has(key)).toBe(true);
          // Every query value is a role id, a currency code or a plain number.
          expect(value).toMatch(/^([a-z-]+|[A-Z]{3}|\d+(\.\d+)?)$/);
        }
      }),
    );
  });

  it("writes each candidate's name, ratings, ticks, figures and note after the #", () => {
    const ana = candidateWith(
      { skill: 3, trial: 4 },
      {
        id: "a",
        name: "Ana Silva",
        note: "Great call",
        quote: 400,
        hours: 10,
        dealbreakers: ["off-platform"],
      },
    );
    const url = scorecardLink({ ...base, candidates: [ana] }, PAGE);
    expect(url.search).not.toContain("Ana");
    expect(url.hash).toBe(
      "#c=a&n=Ana+Silva&r=34----------&d=off-platform&q=400&h=10&t=Great+call",
    );
  });

  it("leaves an unset end of the rate range out of the link", () => {
    const url = scorecardLink({ ...base, rateRange: { min: 20, max: null } }, PAGE);
    expect(url.searchParams.get("rmin")).toBe("20");
    expect(url.searchParams.has("rmax")).toBe(false);
  });

  it("keeps the page's path and drops the page's own query and fragment", () => {
    const page = new URL("https://handoff.example/guide/x/?utm_source=mail#heading");
    const url = scorecardLink(base, page);
    expect(url.pathname).toBe("/guide/x/");
    expect(url.searchParams.has("utm_source")).toBe(false);
    expect(url.hash).toMatch(/^#c=a&/);
  });
});

describe("readScorecardLink", () => {
  it("reproduces any valid scorecard exactly, without notices", () => {
    fc.assert(
      fc.property(validScorecard, (scorecard) => {
        const read = readScorecardLink(scorecardLink(scorecard, PAGE), base);
        expect(read?.notices).toEqual([]);
        // The link writes the rate range lowest first.
        const { min, max } = scorecard.rateRange;
        const rateRange =
          min !== null && max !== null && min > max
            ? { min: max, max: min }
            : { min, max };
        expect(read?.state).toEqual({ ...scorecard, rateRange });
      }),
      // A scorecard is large to generate; 100 keeps this well under a second on a busy machine.
      { numRuns: 100 },
    );
  });

  it("ignores a rate range whose lowest end is above the highest, with a notice", () => {
    const link = read(`${PAGE.pathname}?v=1&rmin=50&rmax=20#c=a&n=Ana`);
    expect(link?.state.rateRange).toEqual({ min: null, max: null });
    expect(link?.notices).toEqual([
      "Ignored “rmin=50” and “rmax=20”: the lowest hourly rate is above the highest",
    ]);
  });

  it("writes a range the reader entered the wrong way round lowest first", () => {
    const url = scorecardLink(
      { ...newScorecard(), rateRange: { min: 50, max: 20 } },
      PAGE,
    );
    expect(url.searchParams.get("rmin")).toBe("20");
    expect(url.searchParams.get("rmax")).toBe("50");
  });

  it("returns null for a plain visit and for a link to a heading of the article", () => {
    expect(read(PAGE.pathname)).toBeNull();
    expect(read(`${PAGE.pathname}#check-proven-skill`)).toBeNull();
    expect(read(`${PAGE.pathname}?utm_source=newsletter`)).toBeNull();
  });

  it("does not count a coach's note alone as a scorecard link", () => {
    expect(read(`${PAGE.pathname}#note=Have+a+look`)).toBeNull();
  });

  it("reads the candidates around a coach's note without a notice about it", () => {
    for (const fragment of [
      "note=Compare+them&c=a&n=Ana",
      "c=a&note=Compare+them&n=Ana",
      "c=a&n=Ana&note=Compare+them",
    ]) {
      const result = read(link(fragment));
      expect(result?.notices).toEqual([]);
      expect(result?.state.candidates.map((c) => c.name)).toEqual(["Ana"]);
    }
  });

  it("uses the role's own weights when the link names a role and no weights", () => {
    const result = read(`${PAGE.pathname}?v=1&role=admin`);
    expect(result?.state.role).toBe("admin");
    expect(result?.state.weights).toEqual(presetWeights("admin"));
    expect(result?.state.candidates).toEqual(base.candidates);
  });

  it("reads candidates from a fragment alone and keeps the base's role and weights", () => {
    const result = read(`${PAGE.pathname}#c=a&n=Ana&r=${ALL_NOT_ASSESSED}`);
    expect(result?.state.role).toBe(base.role);
    expect(result?.state.weights).toEqual(base.weights);
    expect(result?.state.candidates.map((c) => c.name)).toEqual(["Ana"]);
  });

  it("leaves a rating outside 0-4 not assessed and says so", () => {
    // skill "9", trial "x", clarity 3, the rest not assessed.
    const result = read(link(`c=a&n=Ana&r=9x3${"-".repeat(9)}`));
    const ratings = result?.state.candidates[0]?.ratings;
    expect(ratings?.skill).toBeNull();
    expect(ratings?.trial).toBeNull();
    expect(ratings?.clarity).toBe(3);
    expect(result?.notices).toEqual([
      "Ignored the rating “9” for proven skill of candidate 1: ratings run from 0 to 4; left it not assessed",
      "Ignored the rating “x” for trial task result of candidate 1: ratings run from 0 to 4; left it not assessed",
    ]);
  });

  it("ignores extra ratings and fills missing ones with not assessed, saying so", () => {
    const long = read(link(`c=a&r=${"4".repeat(500)}`));
    expect(Object.values(long?.state.candidates[0]?.ratings ?? {})).toEqual(
      CRITERION_IDS.map(() => 4),
    );
    expect(long?.notices).toEqual([
      "Ignored the extra ratings for candidate 1: there are 12 criteria",
    ]);
    const short = read(link("c=a&r=4"));
    expect(short?.state.candidates[0]?.ratings.skill).toBe(4);
    expect(short?.state.candidates[0]?.ratings.trial).toBeNull();
    expect(short?.notices).toEqual([
      "Found fewer ratings than criteria for candidate 1: left the rest not assessed",
    ]);
  });

  it("ignores a weight for an unknown criterion and a weight out of range, with notices", () => {
    const result = read(`${PAGE.pathname}?v=1&w-charm=5&w-skill=9&w-trial=2`);
    expect(result?.state.weights.trial).toBe(2);
    expect(result?.state.weights.skill).toBe(base.weights.skill);
    expect(result?.notices).toEqual([
      "Ignored “w-charm”: not a setting of this tool",
      "Ignored “w-skill=9”: must be between 0 and 5",
    ]);
  });

  it("keeps 12 of 100,000 candidates and says how many it ignored", () => {
    // No time is asserted. Read in one pass, a 2 MB link takes a fraction of
    // a second; a reader whose work grew with the square of the candidates
    // would not finish within the test's time limit, which fails it.
    const fragment = Array.from({ length: 100_000 }, (_, i) => `c=x&n=N${i}&r=4`).join(
      "&",
    );
    const result = read(link(fragment));
    expect(result?.state.candidates).toHaveLength(MAX_CANDIDATES);
    expect(result?.state.candidates.map((c) => c.name).slice(0, 2)).toEqual(["N0", "N1"]);
    expect(result?.notices).toContain(
      "Ignored 99,988 candidates: a scorecard holds at most 12",
    );
    expect(result?.notices.length).toBeLessThanOrEqual(MAX_NOTICES + 1);
  });

  it("keeps a name with markup as plain text, exactly as written", () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(1)</script>';
    const result = read(link(new URLSearchParams({ c: "a", n: name }).toString()));
    expect(result?.state.candidates[0]?.name).toBe(name);
  });

  it("cuts a long name or note and removes hidden characters, with a notice", () => {
    const params = new URLSearchParams({
      c: "a",
      n: `Ana\u202e${"x".repeat(100)}`,
      t: "y".repeat(600),
    });
    const result = read(link(params.toString()));
    const candidate = result?.state.candidates[0];
    expect(candidate?.name).toBe(`Ana${"x".repeat(57)}`);
    expect(candidate?.note).toHaveLength(500);
    expect(result?.notices).toEqual([
      "Shortened the name of candidate 1 to 60 characters of plain text",
      "Shortened the note of candidate 1 to 500 characters of plain text",
    ]);
  });

  it("ignores unknown dealbreakers, bad figures, stray and repeated keys, with notices", () => {
    const result = read(
      link(
        "n=Early&c=a&n=Ana&n=Again&d=bribery&d=copied-work&d=failed-trial&q=-5&h=1e3&zz=1&__proto__=1",
      ),
    );
    const candidate = result?.state.candidates[0];
    expect(candidate?.name).toBe("Ana");
    expect(candidate?.dealbreakers).toEqual(["failed-trial", "copied-work"]);
    expect(candidate?.quote).toBeNull();
    expect(candidate?.hours).toBeNull();
    expect(result?.notices).toEqual([
      "Ignored “n=Early”: it comes before the first candidate",
      "Ignored “n=Again”: given twice for candidate 1, the first counts",
      "Ignored “d=bribery”: not a dealbreaker",
      "Ignored “q=-5”: a quote must be a number above 0, up to 1,000,000,000",
      "Ignored “h=1e3”: hours must be a number above 0, up to 100,000",
      "Ignored “zz=1”: not part of a candidate",
      "Ignored “__proto__=1”: not part of a candidate",
    ]);
    expect(Object.getPrototypeOf(candidate)).toBe(Object.prototype);
  });

  it("gives a candidate with a bad or repeated id a fresh one", () => {
    const result = read(link("c=a&c=a&c=%3Cb%3E&c="));
    expect(result?.state.candidates.map((c) => c.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("lists at most ten notices and counts the rest", () => {
    const junk = Array.from({ length: 15 }, (_, i) => `k${i}=1`).join("&");
    const result = read(link(`c=a&${junk}`));
    expect(result?.notices).toHaveLength(MAX_NOTICES + 1);
    expect(result?.notices.at(-1)).toBe("Ignored 5 more problems in the candidates");
  });

  it("never throws on arbitrary text after the # or the ?", () => {
    fc.assert(
      fc.property(anyText(), fc.string(), (hash, query) => {
        const url = new URL(PAGE);
        url.search = query;
        url.hash = `c=a&${hash}`;
        const result = readScorecardLink(url, base);
        expect(result?.state.candidates.length).toBeGreaterThan(0);
      }),
    );
  });

  it("gives a blank candidate when the link's fragment has none that can be kept", () => {
    // The query makes it a link; the fragment is a heading, not candidates.
    const result = read(`${PAGE.pathname}?v=1&role=design#time-zones`);
    expect(result?.state.candidates).toEqual(base.candidates);
    expect(newCandidate(0)).toEqual(base.candidates[0]);
  });
});

describe("clearScorecardLink", () => {
  it("removes the scorecard's keys and candidates, and keeps everything else", () => {
    const url = new URL(
      `${PAGE.pathname}?v=1&role=admin&w-skill=3&rmin=5&utm_source=mail#c=a&n=Ana`,
      PAGE,
    );
    const cleared = clearScorecardLink(url);
    expect(cleared.search).toBe("?utm_source=mail");
    expect(cleared.hash).toBe("");
    expect(url.hash).toBe("#c=a&n=Ana");
  });

  it("keeps a fragment that links to a heading", () => {
    const url = new URL(`${PAGE.pathname}?role=admin#run-a-trial-project`, PAGE);
    expect(clearScorecardLink(url).hash).toBe("#run-a-trial-project");
  });
});
