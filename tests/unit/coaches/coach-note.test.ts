import fc from "fast-check";
import { anyText } from "../support/any-text";
import { describe, expect, it } from "vitest";
import {
  cleanCoachNote,
  COACH_NOTE_MAX_LENGTH,
  NOTE_KEY,
  readCoachNote,
  withCoachNote,
  withoutCoachNote,
} from "~/lib/coaches/coach-note";
import { COACH_NOTE_KEY } from "~/lib/scorecard/scorecard-link";

const PAGE = "https://handoff.example/tools/break-even/?v=1&do=30";

describe("cleanCoachNote", () => {
  it("trims the ends and squeezes runs of spaces", () => {
    expect(cleanCoachNote("  Try   the monthly  plan ")).toBe("Try the monthly plan");
  });

  it("turns line breaks and tabs into single spaces", () => {
    expect(cleanCoachNote("one\r\ntwo\tthree\nfour")).toBe("one two three four");
  });

  it("removes control, zero-width and direction-override characters", () => {
    expect(cleanCoachNote("a\u0000b\u200bc\u202ed\u2066e\ufefff\u0085g")).toBe("abcdefg");
  });

  it("removes lone surrogates but keeps emoji whole", () => {
    expect(cleanCoachNote("ok \ud83d then \ude00 👍")).toBe("ok then 👍");
  });

  it("keeps markup as typed, since the view shows it as text", () => {
    expect(cleanCoachNote('<img src=x onerror="alert(1)">')).toBe(
      '<img src=x onerror="alert(1)">',
    );
  });

  it(`cuts a long note to ${COACH_NOTE_MAX_LENGTH} characters`, () => {
    expect(cleanCoachNote("x".repeat(1000))).toHaveLength(COACH_NOTE_MAX_LENGTH);
  });

  it("does not split an emoji at the cut (279 x + a two-unit emoji keeps 279 units)", () => {
    const note = cleanCoachNote(`${"x".repeat(COACH_NOTE_MAX_LENGTH - 1)}👍 more`);
    expect(note).toBe("x".repeat(COACH_NOTE_MAX_LENGTH - 1));
  });

  it("always gives trimmed text within the limit and without hidden characters", () => {
    fc.assert(
      fc.property(anyText({ maxLength: 320 }), (raw) => {
        const note = cleanCoachNote(raw);
        expect(note.length).toBeLessThanOrEqual(COACH_NOTE_MAX_LENGTH);
        expect(note).toBe(note.trim());
        expect(note).not.toMatch(
          /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e]/,
        );
        expect(cleanCoachNote(note)).toBe(note);
      }),
    );
  });
});

describe("NOTE_KEY", () => {
  it("is the key the scorecard's link reader skips", () => {
    expect(COACH_NOTE_KEY).toBe(NOTE_KEY);
  });
});

describe("readCoachNote", () => {
  it("reads the note from the fragment", () => {
    expect(readCoachNote("#note=See+you+Tuesday")).toBe("See you Tuesday");
  });

  it("reads it next to a scorecard's candidates", () => {
    expect(readCoachNote("#c=a&n=Ana&note=Compare%20these%20two")).toBe(
      "Compare these two",
    );
  });

  it("gives null without a note, or with one that is empty once cleaned", () => {
    expect(readCoachNote("")).toBeNull();
    expect(readCoachNote("#c=a&n=Ana")).toBeNull();
    expect(readCoachNote("#note=%20%00%0A")).toBeNull();
    expect(readCoachNote("#check-proven-skill")).toBeNull();
  });

  it("counts the first note when there are two", () => {
    expect(readCoachNote("#note=first&note=second")).toBe("first");
  });
});

describe("withCoachNote", () => {
  it(`adds the note after "#" as ${NOTE_KEY}=, keeping the query`, () => {
    const url = new URL(withCoachNote(PAGE, "Look at the hours"));
    expect(url.search).toBe("?v=1&do=30");
    expect(url.hash).toBe("#note=Look+at+the+hours");
  });

  it("keeps the fragment the tool wrote and puts the note after it", () => {
    const url = withCoachNote(`${PAGE}#c=a&n=Ana`, "Hi");
    expect(new URL(url).hash).toBe("#c=a&n=Ana&note=Hi");
  });

  it("replaces an earlier note, and an empty note only removes it", () => {
    expect(new URL(withCoachNote(`${PAGE}#note=old`, "new")).hash).toBe("#note=new");
    expect(new URL(withCoachNote(`${PAGE}#note=old`, "   ")).hash).toBe("");
  });

  it("round-trips any note through readCoachNote as its cleaned text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (note) => {
        const clean = cleanCoachNote(note);
        const read = readCoachNote(new URL(withCoachNote(PAGE, note)).hash);
        expect(read).toBe(clean === "" ? null : clean);
      }),
    );
  });
});

describe("withoutCoachNote", () => {
  it("removes the note and keeps the rest of the fragment", () => {
    expect(withoutCoachNote("#c=a&note=Hi&n=Ana")).toBe("#c=a&n=Ana");
  });

  it("leaves nothing when the note was all there was", () => {
    expect(withoutCoachNote("#note=Hi")).toBe("");
  });

  it("leaves a fragment without a note as it is", () => {
    expect(withoutCoachNote("#check-proven-skill")).toBe("#check-proven-skill");
  });
});
