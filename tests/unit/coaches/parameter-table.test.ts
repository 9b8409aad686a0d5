import { describe, expect, it } from "vitest";
import { breakEvenCodec } from "~/lib/break-even/url-codec";
import { readCoachNote } from "~/lib/coaches/coach-note";
import {
  coachNoteRow,
  codecParameterRows,
  type ParameterRow,
} from "~/lib/coaches/parameter-table";
import { TOOL_PARAMETERS } from "~/lib/coaches/tool-parameters";
import { onboardingCodec, decodeOnboardingLink } from "~/lib/onboarding/url-codec";
import { defaultAnswers } from "~/lib/onboarding/answers";
import { newScorecard } from "~/lib/scorecard/candidate";
import { SCORECARD_FRAGMENT_PARAMETERS } from "~/lib/scorecard/coach-parameters";
import { TOOLS } from "~/lib/tools/tool-catalogue";
import {
  CANDIDATE_KEY,
  CANDIDATE_KEYS,
  readScorecardLink,
  scorecardQuery,
} from "~/lib/scorecard/scorecard-link";
import { defineCodec } from "~/lib/url/define-codec";

const keys = (rows: readonly ParameterRow[]) => rows.map((row) => row.key);
const rowsOf = (id: string) => TOOL_PARAMETERS.find((t) => t.tool.id === id)?.rows ?? [];

const small = defineCodec({
  version: 3,
  fields: {
    hours: {
      kind: "number",
      label: "Hours a week",
      unit: "hours",
      min: 0,
      max: 80,
      integer: true,
      default: 10,
    },
    mode: { kind: "enum", label: "Mode", values: ["fast", "slow"], default: "fast" },
    on: { kind: "flag", label: "Switched on", default: true },
    tag: { kind: "text", label: "Tag", maxLength: 12, default: "" },
  },
});

describe("codecParameterRows", () => {
  it("lists v first, then every field in definition order, all in the query", () => {
    const rows = codecParameterRows(small);
    expect(keys(rows)).toEqual(["v", "hours", "mode", "on", "tag"]);
    expect(rows.every((row) => row.part === "query")).toBe(true);
  });

  it("shows a key added to a codec as a new row", () => {
    const grown = defineCodec({
      version: small.version,
      fields: {
        ...small.fields,
        extra: { kind: "enum", label: "A new setting", values: ["x"], default: "x" },
      },
    });
    const row = codecParameterRows(grown).find((r) => r.key === "extra");
    expect(row).toMatchObject({ meaning: "A new setting", allowed: "One of: x" });
  });

  it("describes a number by its label, unit, range, default and an example", () => {
    expect(codecParameterRows(small)[1]).toEqual({
      key: "hours",
      part: "query",
      meaning: "Hours a week",
      unit: "hours",
      allowed: "0 to 80, whole numbers",
      default: "10",
      example: "hours=10",
    });
  });

  it("gives the version the codec writes", () => {
    const [v] = codecParameterRows(small);
    expect(v?.example).toBe("v=3");
    expect(v?.allowed).toContain("3");
  });

  it("describes enums, flags and text, with an example other than the default where it can", () => {
    const [, , mode, on, tag] = codecParameterRows(small);
    expect(mode).toMatchObject({ allowed: "One of: fast, slow", example: "mode=slow" });
    expect(on).toMatchObject({
      allowed: "1 (yes) or 0 (no)",
      default: "1",
      example: "on=0",
    });
    expect(tag).toMatchObject({
      allowed: "Text, up to 12 characters",
      default: "(empty)",
    });
  });

  it("lets notes replace the generated words of a key", () => {
    const rows = codecParameterRows(small, { tag: { allowed: "A short word" } });
    expect(rows[4]?.allowed).toBe("A short word");
    expect(rows[4]?.meaning).toBe("Tag");
  });

  it("refuses a note for a key the codec does not have", () => {
    expect(() => codecParameterRows(small, { gone: { allowed: "?" } })).toThrow(/gone/);
  });
});

describe("coachNoteRow", () => {
  it("documents the note after the #, with an example that reads back", () => {
    const row = coachNoteRow("Start with the monthly figures & the quote");
    expect(row.part).toBe("fragment");
    expect(readCoachNote(`#${row.example}`)).toBe(
      "Start with the monthly figures & the quote",
    );
  });
});

describe("TOOL_PARAMETERS", () => {
  it("lists every registered tool in the registry's order", () => {
    expect(TOOL_PARAMETERS.map((t) => t.tool.id)).toEqual(TOOLS.map((tool) => tool.id));
  });

  it("gives each tool's note its own example, which reads back", () => {
    for (const { tool, rows } of TOOL_PARAMETERS) {
      const note = rows.find((row) => row.key === "note");
      expect(readCoachNote(`#${note?.example}`)).toBe(tool.coachNoteExample);
    }
    expect(new Set(TOOLS.map((tool) => tool.coachNoteExample)).size).toBe(TOOLS.length);
  });

  it.each([
    ["break-even", breakEvenCodec],
    ["scorecard", scorecardQuery],
    ["onboarding", onboardingCodec],
  ] as const)("lists every query key the %s codec accepts, v included", (id, codec) => {
    const query = rowsOf(id)
      .filter((row) => row.part === "query")
      .map((row) => row.key);
    expect(query).toEqual(["v", ...Object.keys(codec.fields)]);
  });

  it("lists every key the scorecard's fragment reader accepts, and the note", () => {
    const fragment = keys(rowsOf("scorecard").filter((row) => row.part === "fragment"));
    expect(fragment).toEqual([CANDIDATE_KEY, ...CANDIDATE_KEYS, "note"]);
    expect(keys(SCORECARD_FRAGMENT_PARAMETERS)).toEqual([
      CANDIDATE_KEY,
      ...CANDIDATE_KEYS,
    ]);
  });

  it("gives each tool the coach's note and no key twice", () => {
    for (const { rows } of TOOL_PARAMETERS) {
      expect(keys(rows)).toContain("note");
      expect(new Set(keys(rows)).size).toBe(rows.length);
    }
  });

  it("fills every cell but the unit with words", () => {
    for (const { rows } of TOOL_PARAMETERS)
      for (const row of rows)
        for (const cell of [row.meaning, row.allowed, row.default, row.example])
          expect(cell.trim()).not.toBe("");
  });

  it.each(["break-even", "onboarding"])(
    "gives %s query examples that the codec accepts without a notice",
    (id) => {
      const codec = id === "break-even" ? breakEvenCodec : onboardingCodec;
      for (const row of rowsOf(id).filter((r) => r.part === "query")) {
        const params = new URLSearchParams(row.example);
        expect(codec.decode(params).notices, row.example).toEqual([]);
        if (id === "onboarding")
          expect(
            decodeOnboardingLink(params, defaultAnswers("2030-01-01")).notices,
            row.example,
          ).toEqual([]);
      }
    },
  );

  it("gives scorecard examples that the link reader accepts without a notice", () => {
    const page = "https://handoff.example/tools/scorecard/";
    for (const row of rowsOf("scorecard")) {
      const href =
        row.part === "query"
          ? `${page}?${row.example}`
          : `${page}#${row.key === CANDIDATE_KEY ? "" : "c=a&"}${row.example}`;
      const read = readScorecardLink(new URL(href), newScorecard());
      expect(read?.notices ?? [], row.example).toEqual([]);
    }
  });
});
