import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  candidateDisplayName,
  candidateLetters,
  defaultCandidateName,
  emptyRatings,
  isRating,
  MAX_CANDIDATES,
  NAME_MAX_LENGTH,
  newCandidate,
  newScorecard,
  nextCandidate,
  NOTE_MAX_LENGTH,
  type Candidate,
} from "~/lib/scorecard/candidate";
import { CRITERION_IDS } from "~/lib/scorecard/criteria";
import { DEFAULT_PRESET, presetWeights } from "~/lib/scorecard/presets";

describe("limits", () => {
  it("caps a scorecard at 12 candidates, names at 60 characters and notes at 500", () => {
    expect(MAX_CANDIDATES).toBe(12);
    expect(NAME_MAX_LENGTH).toBe(60);
    expect(NOTE_MAX_LENGTH).toBe(500);
  });
});

describe("isRating", () => {
  it("accepts 0 to 4 and null, and nothing else", () => {
    for (const value of [0, 1, 2, 3, 4, null]) expect(isRating(value)).toBe(true);
    for (const value of [-1, 5, 2.5, "3", undefined, Number.NaN, -0.5])
      expect(isRating(value)).toBe(false);
  });
});

describe("emptyRatings", () => {
  it("sets every criterion to not assessed", () => {
    const ratings = emptyRatings();
    expect(Object.keys(ratings)).toEqual([...CRITERION_IDS]);
    expect(Object.values(ratings).every((r) => r === null)).toBe(true);
  });
});

describe("candidateLetters", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [-3, "A"],
    [2.7, "C"],
    [Number.NaN, "A"],
  ])("turns index %s into %s", (index, letters) => {
    expect(candidateLetters(index)).toBe(letters);
  });

  it("gives every index its own letters", () => {
    const seen = new Set(Array.from({ length: 2000 }, (_, i) => candidateLetters(i)));
    expect(seen.size).toBe(2000);
  });

  it("counts in bijective base 26: letters read back to the index", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (index) => {
        const letters = candidateLetters(index);
        expect(letters).toMatch(/^[A-Z]+$/);
        const back =
          [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
        expect(back).toBe(index);
      }),
    );
  });
});

describe("defaultCandidateName", () => {
  it("names candidates A, B, … and AA after Z", () => {
    expect(defaultCandidateName(0)).toBe("Candidate A");
    expect(defaultCandidateName(11)).toBe("Candidate L");
    expect(defaultCandidateName(26)).toBe("Candidate AA");
  });
});

describe("candidateDisplayName", () => {
  it("shows the reader's name, trimmed", () => {
    expect(candidateDisplayName({ name: "  Zoë  " }, 0)).toBe("Zoë");
  });

  it("falls back to the default name for the position when the name is blank", () => {
    expect(candidateDisplayName({ name: "   " }, 2)).toBe("Candidate C");
    expect(candidateDisplayName({ name: "" }, 0)).toBe("Candidate A");
  });
});

describe("newCandidate", () => {
  it("creates a blank candidate named after its position, with the letters as id", () => {
    const candidate = newCandidate(1);
    expect(candidate).toEqual({
      id: "b",
      name: "Candidate B",
      ratings: emptyRatings(),
      dealbreakers: [],
      note: "",
      quote: null,
      hours: null,
    });
  });

  it("takes a different id when given one", () => {
    expect(newCandidate(0, "x7").id).toBe("x7");
  });

  it("gives each candidate its own ratings and dealbreakers to change", () => {
    const a = newCandidate(0);
    const b = newCandidate(0);
    a.ratings.skill = 4;
    a.dealbreakers.push("copied-work");
    expect(b.ratings.skill).toBeNull();
    expect(b.dealbreakers).toEqual([]);
  });
});

describe("nextCandidate", () => {
  it("adds Candidate A to an empty list and then follows the alphabet", () => {
    const list: Candidate[] = [];
    for (let i = 0; i < 3; i += 1) list.push(nextCandidate(list)!);
    expect(list.map((c) => [c.id, c.name])).toEqual([
      ["a", "Candidate A"],
      ["b", "Candidate B"],
      ["c", "Candidate C"],
    ]);
  });

  it("never reuses a letter still in use: after removing B from A, B, C the next is D", () => {
    const list = [newCandidate(0), newCandidate(2)];
    expect(nextCandidate(list)?.name).toBe("Candidate D");
    expect(nextCandidate(list)?.id).toBe("d");
  });

  it("skips a default name the reader typed for someone else", () => {
    const list = [{ ...newCandidate(0), name: "Candidate B" }];
    expect(nextCandidate(list)?.name).toBe("Candidate C");
  });

  it("returns null once the scorecard holds twelve", () => {
    const list = Array.from({ length: MAX_CANDIDATES }, (_, i) => newCandidate(i));
    expect(nextCandidate(list)).toBeNull();
    expect(nextCandidate(list.slice(1))).not.toBeNull();
  });

  it("always gives an id no other candidate has", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 11 }),
        (indexes) => {
          const list = indexes.map((i) => newCandidate(i));
          const next = nextCandidate(list);
          expect(next).not.toBeNull();
          expect(list.map((c) => c.id)).not.toContain(next?.id);
        },
      ),
    );
  });
});

describe("newScorecard", () => {
  it("starts from the default preset with one blank candidate and no rate range", () => {
    const card = newScorecard();
    expect(card.role).toBe(DEFAULT_PRESET);
    expect(card.weights).toEqual(presetWeights(DEFAULT_PRESET));
    expect(card.rateRange).toEqual({ min: null, max: null });
    expect(card.candidates.map((c) => c.name)).toEqual(["Candidate A"]);
  });

  it("takes the weights of the role asked for", () => {
    expect(newScorecard("one-off").weights).toEqual(presetWeights("one-off"));
  });
});
