import { describe, expect, it } from "vitest";
import { CANDIDATE_ID, freeCandidateId } from "~/lib/scorecard/candidate-id";

describe("CANDIDATE_ID", () => {
  it("matches the lower-case letters the scorecard gives out, and nothing else", () => {
    for (const id of ["a", "z", "aa", "abcd"]) expect(CANDIDATE_ID.test(id)).toBe(true);
    for (const id of ["", "A", "a1", "abcde", "<b>", "__proto__"])
      expect(CANDIDATE_ID.test(id)).toBe(false);
  });
});

describe("freeCandidateId", () => {
  it("takes the letter of the position when it is free, else the next free one", () => {
    expect(freeCandidateId(new Set(), 2)).toBe("c");
    expect(freeCandidateId(new Set(["c", "d"]), 2)).toBe("e");
    expect(freeCandidateId(new Set(["z"]), 25)).toBe("aa");
  });
});
