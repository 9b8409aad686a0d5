// The backup file: a round trip for any valid state of every tool, and
// hostile files that must change nothing and say why.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BACKUP_FORMAT,
  createBackup,
  planRestore,
  type BackupTool,
  type RestorePlan,
} from "~/lib/backup/backup-file";
import { formFromInputs } from "~/lib/break-even/form-state";
import { DEFAULT_INPUTS } from "~/lib/break-even/inputs";
import { savedData as breakEven } from "~/lib/break-even/saved-data";
import { scenariosData } from "~/lib/break-even/more-saved-data";
import { savedData as delegationAudit } from "~/lib/delegation-audit/saved-data";
import { savedData as onboarding } from "~/lib/onboarding/saved-data";
import { EXAMPLE_ANSWERS } from "~/lib/onboarding/example-answers";
import { ITEMS } from "~/lib/onboarding/items";
import { CRITERION_IDS } from "~/lib/scorecard/criteria";
import { newCandidate, newScorecard, type Rating } from "~/lib/scorecard/candidate";
import { savedData as scorecard } from "~/lib/scorecard/saved-data";
import { writeEnvelope } from "~/lib/storage/envelope";
import type { SavedRecord } from "~/lib/storage/saved-record";
import { TOOLS } from "~/lib/tools/tool-catalogue";
import { anyInputs } from "../break-even/inputs-arbitrary";
import { anyList } from "../break-even/scenarios-arbitrary";
import { arbitraryAudit } from "../delegation-audit/arbitrary-audit";

const SAVED: Record<string, SavedRecord<unknown>> = {
  "break-even": breakEven as SavedRecord<unknown>,
  scorecard: scorecard as SavedRecord<unknown>,
  onboarding: onboarding as SavedRecord<unknown>,
  "delegation-audit": delegationAudit as SavedRecord<unknown>,
  // A further record of a tool (moreSavedData), as src/stores/backup.ts names it.
  "break-even.scenarios": scenariosData as SavedRecord<unknown>,
};
const TOOLS_HERE: BackupTool[] = Object.entries(SAVED).map(([id, saved]) => ({
  id,
  shortName: `the ${id} tool`,
  saved,
}));
const NOW = new Date("2026-12-05T10:00:00Z");

/** Storage as a plain map. */
const storageOf = (records: Record<string, string>) => (key: string) => records[key];

/** What a restore leaves in storage, applied to a copy of `before`. */
function restoreInto(
  plan: RestorePlan,
  before: Record<string, string>,
): Record<string, string> {
  if (!plan.ok) return before;
  const after = { ...before };
  for (const step of plan.steps) {
    const key = SAVED[step.id]!.key;
    if (step.action === "replace") after[key] = step.text;
    if (step.action === "clear") delete after[key];
  }
  for (const { id, text } of plan.recovery) {
    const key = `${SAVED[id]!.key}:kept`;
    if (text === null) delete after[key];
    else after[key] = text;
  }
  return after;
}

// Kept copies are compared as the text they are (they may not be JSON).
const parsed = (records: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(records).map(([key, text]) => [
      key,
      key.endsWith(":kept") ? text : JSON.parse(text),
    ]),
  );

/** Text a tool could not read and kept aside: anything, JSON or not. */
const anyKept = fc.string({ minLength: 1, maxLength: 40 });

const anyRating = fc.constantFrom<Rating>(null, 0, 1, 2, 3, 4);
const anyScorecard = fc
  .array(
    fc.array(anyRating, {
      minLength: CRITERION_IDS.length,
      maxLength: CRITERION_IDS.length,
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((rows) => ({
    ...newScorecard(),
    candidates: rows.map((ratings, index) => ({
      ...newCandidate(index),
      ratings: Object.fromEntries(
        CRITERION_IDS.map((id, at) => [id, ratings[at] ?? null]),
      ) as ReturnType<typeof newCandidate>["ratings"],
    })),
  }));
const anyBrowser = fc.record(
  {
    "handoff:break-even": anyInputs.map((inputs) =>
      writeEnvelope(formFromInputs(inputs, "USD", "en-US"), 1),
    ),
    "handoff:scorecard": anyScorecard.map((card) => writeEnvelope(card, 1)),
    "handoff:delegation-audit": arbitraryAudit(4).map((audit) => writeEnvelope(audit, 1)),
    "handoff:onboarding": fc
      .subarray(ITEMS.map((item) => item.id))
      .map((ticks) => writeEnvelope({ answers: EXAMPLE_ANSWERS, ticks }, 1)),
    "handoff:break-even:kept": anyKept,
    "handoff:scorecard:kept": anyKept,
    "handoff:delegation-audit:kept": anyKept,
    "handoff:onboarding:kept": anyKept,
    "handoff:break-even-scenarios:kept": anyKept,
    "handoff:break-even-scenarios": anyList.map((list) => writeEnvelope(list, 1)),
  },
  { requiredKeys: [] },
);

describe("the backup file", () => {
  it("every registered tool is described for the backup", () => {
    const main = Object.keys(SAVED).filter((id) => !id.includes("."));
    expect(main.sort()).toEqual(TOOLS.map((tool) => tool.id).sort());
    for (const id of main) expect(SAVED[id]!.key).toBe(`handoff:${id}`);
  });

  it("restores exactly what it backed up, for any valid saved work and kept copies (an empty browser too)", () => {
    fc.assert(
      fc.property(anyBrowser, (records) => {
        const file = createBackup(TOOLS_HERE, storageOf(records), NOW, "1.0.0");
        const plan = planRestore(file, TOOLS_HERE);
        expect(plan.ok).toBe(true);
        // Over a browser holding other work, the result is the backed-up browser.
        const elsewhere = {
          "handoff:break-even": writeEnvelope(
            formFromInputs(
              {
                do: 1,
                freq: 1,
                per: "week",
                months: 1,
                setup: 0,
                review: 0,
                price: 0,
                value: 0,
              },
              "EUR",
              "de-DE",
            ),
            1,
          ),
          "handoff:scorecard:kept": "{an older kept copy",
        };
        // Compared as data: a validator may write the same fields in another order.
        expect(parsed(restoreInto(plan, elsewhere))).toEqual(parsed(records));
      }),
      { numRuns: 40 },
    );
  });

  it("names the file's date and describes what each part holds", () => {
    const card = newScorecard();
    const records = {
      "handoff:scorecard": writeEnvelope(
        {
          ...card,
          candidates: [
            {
              ...newCandidate(0),
              ratings: { ...newCandidate(0).ratings, [CRITERION_IDS[0]]: 3 },
            },
            newCandidate(1),
          ],
        },
        1,
      ),
      "handoff:onboarding": writeEnvelope(
        { answers: EXAMPLE_ANSWERS, ticks: ["decide-the-result", "write-the-brief"] },
        1,
      ),
      "handoff:break-even-scenarios": writeEnvelope(
        [
          { name: "Agency quote", form: formFromInputs(DEFAULT_INPUTS, "USD", "en-US") },
          {
            name: "Freelancer quote",
            form: formFromInputs(DEFAULT_INPUTS, "EUR", "en-US"),
          },
          {
            name: "Do it myself for now",
            form: formFromInputs(DEFAULT_INPUTS, "USD", "en-US"),
          },
        ],
        1,
      ),
    };
    const plan = planRestore(
      createBackup(TOOLS_HERE, storageOf(records), NOW, "1"),
      TOOLS_HERE,
    );
    expect(plan).toMatchObject({
      ok: true,
      created: NOW.toISOString(),
      steps: [
        { id: "break-even", action: "clear" },
        { id: "scorecard", action: "replace", what: "2 candidates, 1 rated" },
        { id: "onboarding", action: "replace", what: "your answers and 2 ticked steps" },
        { id: "delegation-audit", action: "clear" },
        { id: "break-even.scenarios", action: "replace", what: "3 scenarios" },
      ],
    });
  });

  it("keeps a record it cannot read verbatim, under its tool's name", () => {
    const file = JSON.parse(
      createBackup(TOOLS_HERE, storageOf({ "handoff:scorecard": "{not json" }), NOW, "1"),
    );
    expect(file.unreadable).toEqual({ scorecard: "{not json" });
    expect(file.tools).toEqual({});
  });
});

describe("a file that is not a good backup", () => {
  const valid = JSON.parse(
    createBackup(
      TOOLS_HERE,
      storageOf({
        "handoff:onboarding": writeEnvelope({ answers: EXAMPLE_ANSWERS, ticks: [] }, 1),
      }),
      NOW,
      "1",
    ),
  );

  it.each([
    ["not JSON", "hello, world", /not a Handoff backup/],
    ["a JSON list", "[1,2,3]", /not a Handoff backup/],
    [
      "another file's JSON",
      JSON.stringify({ name: "package", version: "1.0.0" }),
      /not a Handoff backup/,
    ],
    [
      "a newer backup",
      JSON.stringify({ ...valid, v: 2 }),
      /newer version of Handoff.*nothing has been changed/,
    ],
    [
      "a version that is not a number",
      JSON.stringify({ ...valid, v: "1" }),
      /not a Handoff backup/,
    ],
    ["50 MB of text", " ".repeat(50_000_000), /too large/],
  ])("refuses %s as a whole", (_, text, message) => {
    const plan = planRestore(text, TOOLS_HERE);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(message);
  });

  it("skips a damaged part with a message naming it, and restores the rest", () => {
    const text = JSON.stringify({
      ...valid,
      tools: {
        ...valid.tools,
        scorecard: { v: 1, data: { candidates: "lots" } },
        "break-even": { v: 9, data: {} },
        "break-even.scenarios": { v: 1, data: [{ name: "<b>x</b>", form: "nope" }] },
      },
    });
    const plan = planRestore(text, TOOLS_HERE);
    expect(plan.ok && plan.steps.map((step) => step.action)).toEqual([
      "skip",
      "skip",
      "replace",
      "clear",
      "skip",
    ]);
    if (!plan.ok) return;
    expect(plan.steps[0]).toMatchObject({
      why: expect.stringMatching(/the break-even tool.*newer version/),
    });
    expect(plan.steps[1]).toMatchObject({
      why: expect.stringMatching(/the scorecard tool part.*damaged/),
    });
  });

  it("ignores __proto__ keys and never changes a prototype", () => {
    const text = `{"format":"${BACKUP_FORMAT}","v":1,"__proto__":{"polluted":true},"tools":{"__proto__":{"v":1,"data":{}},"constructor":{"v":1}}}`;
    const plan = planRestore(text, TOOLS_HERE);
    expect(plan.ok).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(plan.ok && plan.steps.every((step) => step.action === "clear")).toBe(true);
  });

  it("writes back only what the validator rebuilt, so HTML and stray fields do not travel", () => {
    const card = newScorecard();
    const text = JSON.stringify({
      ...valid,
      tools: {
        scorecard: {
          v: 1,
          data: {
            ...card,
            extra: "<script>alert(1)</script>",
            candidates: [{ ...newCandidate(0), name: "<img src=x onerror=alert(1)>" }],
          },
        },
      },
    });
    const plan = planRestore(text, TOOLS_HERE);
    const step = plan.ok ? plan.steps[1] : undefined;
    expect(step?.action).toBe("replace");
    if (step?.action !== "replace") return;
    expect(step.text).not.toContain("extra");
    // A name is text: it is kept, and the page shows it as text.
    expect(JSON.parse(step.text).data.candidates[0].name).toBe(
      "<img src=x onerror=alert(1)>",
    );
  });
});

describe("kept copies in the backup file", () => {
  const fileWith = (recovery: unknown) =>
    JSON.stringify({ format: BACKUP_FORMAT, v: 1, tools: {}, recovery });

  it("restores a kept copy as text and leaves a slot whose entry is not a bounded string", () => {
    const plan = planRestore(
      fileWith({
        scorecard: '{"v":1,"data":<b>',
        onboarding: 42,
        "break-even": "x".repeat(1_000_001),
      }),
      TOOLS_HERE,
    );
    expect(plan.ok && plan.recovery).toEqual([
      ...TOOLS_HERE.flatMap(({ id }): { id: string; text: string | null }[] =>
        id === "scorecard"
          ? [{ id, text: '{"v":1,"data":<b>' }]
          : id === "delegation-audit" || id === "break-even.scenarios"
            ? [{ id, text: null }]
            : [],
      ),
    ]);
  });

  it("ignores a recovery part that is not an object", () => {
    const plan = planRestore(fileWith(["nope"]), TOOLS_HERE);
    expect(plan.ok && plan.recovery.every(({ text }) => text === null)).toBe(true);
  });
});
