// Named scenarios: the validator on hostile stored data, the comparison
// link's round trip, and the figures each column shows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeBreakEven } from "~/lib/break-even/model";
import { resultFigures } from "~/lib/break-even/result-figures";
import { moreSavedData, scenariosData } from "~/lib/break-even/more-saved-data";
import {
  scenarioFrom,
  scenarioInputs,
  validateScenarios,
} from "~/lib/break-even/scenarios";
import { scenarioColumn } from "~/lib/break-even/scenario-column";
import {
  decodeComparison,
  encodeComparison,
  isComparisonHash,
} from "~/lib/break-even/scenarios-link";
import { DEFAULT_INPUTS } from "~/lib/break-even/inputs";
import { VERDICT_REASONS } from "~/lib/break-even/verdict-reasons";
import { verdictText } from "~/lib/break-even/verdict-text";
import { readEnvelope, writeEnvelope } from "~/lib/storage/envelope";
import { anyList } from "./scenarios-arbitrary";

const agency = scenarioFrom("Agency quote", { ...DEFAULT_INPUTS, price: 120 }, "USD")!;
const freelancer = scenarioFrom(
  "Freelancer quote",
  { ...DEFAULT_INPUTS, price: 60 },
  "EUR",
)!;

describe("validateScenarios", () => {
  it("accepts what it wrote, through a stored envelope", () => {
    fc.assert(
      fc.property(anyList, (list) => {
        const { status, value } = readEnvelope(
          writeEnvelope(list, scenariosData.version),
          scenariosData.version,
          scenariosData.validate,
        );
        expect(status).toBe("ok");
        expect(value).toEqual(list);
      }),
      { numRuns: 60 },
    );
  });

  it("refuses hostile data", () => {
    const good = { name: "Agency quote", form: agency.form };
    const hostile: unknown[] = [
      null,
      "[]",
      {},
      { 0: good, length: 1 },
      [good, good, good, good, good],
      [null],
      [{ name: "", form: agency.form }],
      [{ name: "\u200b\u202e ", form: agency.form }],
      [{ name: 42, form: agency.form }],
      [
        {
          name: "A",
          form: { ...agency.form, text: { ...agency.form.text, price: "-5" } },
        },
      ],
      [
        {
          name: "A",
          form: { ...agency.form, text: { ...agency.form.text, months: "1e9" } },
        },
      ],
      [{ name: "A", form: { ...agency.form, text: { ...agency.form.text, do: "NaN" } } }],
      [{ name: "A", form: { ...agency.form, currency: "XXX" } }],
      [{ name: "A" }],
      JSON.parse('[{"__proto__":{"name":"A","form":{}}}]'),
    ];
    for (const data of hostile)
      expect(validateScenarios(data), JSON.stringify(data)).toBeNull();
  });

  it("cleans names like other names and ignores __proto__ keys", () => {
    const data = JSON.parse(
      `[{"name":"  <b>Agency</b>\\u202e quote\\n","form":${JSON.stringify(agency.form)},"__proto__":{"polluted":true}}]`,
    );
    const list = validateScenarios(data)!;
    expect(list).toHaveLength(1);
    expect(list[0]!.name).toBe("<b>Agency</b> quote");
    expect(Object.keys(list[0]!)).toEqual(["name", "form"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(
      validateScenarios([{ name: "x".repeat(500), form: agency.form }])![0]!.name,
    ).toHaveLength(60);
  });

  it("describes itself for the restore plan, and is offered to the backup", () => {
    expect(scenariosData.describe([agency, freelancer, agency])).toBe("3 scenarios");
    expect(scenariosData.describe([agency])).toBe("1 scenario");
    expect(moreSavedData["scenarios"]).toBe(scenariosData);
  });
});

describe("comparison link", () => {
  it("reads back exactly what it carries", () => {
    fc.assert(
      fc.property(anyList, (list) => {
        const hash = `#${encodeComparison(list)}`;
        expect(isComparisonHash(hash)).toBe(true);
        expect(decodeComparison(hash)).toEqual({ ok: true, scenarios: list, skipped: 0 });
      }),
      { numRuns: 60 },
    );
  });

  it("uses the calculator's own parameters for each scenario", () => {
    const params = new URLSearchParams(encodeComparison([agency]));
    expect(params.get("compare")).toBe("1");
    expect(params.get("name")).toBe("Agency quote");
    expect(new URLSearchParams(params.get("calc")!).get("price")).toBe("120");
  });

  it("leaves out damaged pairs and refuses newer or damaged links", () => {
    const reading = decodeComparison(
      "compare=1&name=A&calc=price%3D-3&name=%20&calc=price%3D5&name=B&calc=price%3D5",
    );
    expect(reading.ok && reading.scenarios.map((s) => s.name)).toEqual(["B"]);
    expect(reading.ok && reading.skipped).toBe(2);
    expect(decodeComparison("compare=2&name=A&calc=").ok).toBe(false);
    expect(decodeComparison("compare=x").ok).toBe(false);
    expect(isComparisonHash("#section-2")).toBe(false);
  });
});

describe("scenarioColumn", () => {
  it("shows the calculator's own verdict and figures, less what flips the answer", () => {
    const ctx = { locale: "en-US", dateOf: null, words: VERDICT_REASONS };
    const column = scenarioColumn(freelancer, ctx)!;
    const result = computeBreakEven(scenarioInputs(freelancer)!);
    expect(column.verdict).toEqual(verdictText(result, "EUR", "en-US", VERDICT_REASONS));
    expect(column.figures).toEqual(
      resultFigures(result, { ...ctx, currency: "EUR" }).slice(0, 4),
    );
    expect(column.figures.map((f) => f.value).join(" ")).not.toMatch(
      /NaN|Infinity|undefined/,
    );
  });
});
