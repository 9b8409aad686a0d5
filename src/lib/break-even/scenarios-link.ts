// The comparison link: every scenario of a comparison in the address's
// fragment, never its query, so names stay in the reader's browser (browsers
// send no fragment to the server, and it is not in referrers).
//
// Format, version 1 (after "#", as URLSearchParams):
//   compare=1 & name=<scenario name> & calc=<calculator query> [& name=… & calc=…]…
// Each "calc" is the calculator's own link parameters (url-codec.ts), so a
// scenario's numbers read exactly as a calculator link would; pairs are in
// order, at most MAX_SCENARIOS of them.
import {
  cleanScenarioName,
  MAX_SCENARIOS,
  scenarioFrom,
  scenarioInputs,
  type Scenario,
} from "./scenarios";
import { isPeriod } from "./inputs";
import { breakEvenCodec } from "./url-codec";

export const COMPARE_LINK_VERSION = 1;
const MARK = "compare";

/** Whether an address's fragment ("#compare=1&…") is a comparison link of any version. */
export function isComparisonHash(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, "")).has(MARK);
}

/** The fragment (without "#") that carries `scenarios`. */
export function encodeComparison(scenarios: readonly Scenario[]): string {
  const params = new URLSearchParams({ [MARK]: String(COMPARE_LINK_VERSION) });
  for (const scenario of scenarios.slice(0, MAX_SCENARIOS)) {
    const inputs = scenarioInputs(scenario);
    if (inputs === null) continue;
    params.append("name", scenario.name);
    params.append(
      "calc",
      breakEvenCodec.encode({ ...inputs, cur: scenario.form.currency }).toString(),
    );
  }
  return params.toString();
}

/** What a comparison link holds, and what in it was left out. */
export type ComparisonReading =
  | { readonly ok: true; readonly scenarios: Scenario[]; readonly skipped: number }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a fragment written by {@link encodeComparison}, as untrusted text: a
 * pair whose name is empty once cleaned or whose numbers the calculator's
 * codec does not fully accept is left out (and counted), and a link from a
 * newer version is refused with a message. Never throws.
 */
export function decodeComparison(hash: string, locale = "en-US"): ComparisonReading {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const version = params.get(MARK) ?? "";
  if (!/^\d{1,9}$/.test(version) || Number(version) < 1) {
    return {
      ok: false,
      message: "This comparison link is damaged. Ask for the link again.",
    };
  }
  if (Number(version) > COMPARE_LINK_VERSION) {
    return {
      ok: false,
      message:
        "This comparison link was made by a newer version of Handoff. Reload the page to read it.",
    };
  }
  const names = params.getAll("name");
  const calcs = params.getAll("calc");
  const pairs = Math.max(names.length, calcs.length);
  const scenarios: Scenario[] = [];
  let skipped = 0;
  for (let i = 0; i < pairs; i++) {
    const scenario = scenarioOf(names[i], calcs[i], locale);
    if (scenario === null || scenarios.length >= MAX_SCENARIOS) skipped += 1;
    else scenarios.push(scenario);
  }
  return { ok: true, scenarios, skipped };
}

function scenarioOf(
  name: string | undefined,
  calc: string | undefined,
  locale: string,
): Scenario | null {
  if (name === undefined || calc === undefined || cleanScenarioName(name) === "")
    return null;
  const { values, notices } = breakEvenCodec.decode(new URLSearchParams(calc), locale);
  if (notices.length > 0) return null;
  const { cur, per, ...numbers } = { ...breakEvenCodec.defaults, ...values };
  if (!isPeriod(per)) return null;
  return scenarioFrom(name, { ...numbers, per }, cur as Scenario["form"]["currency"]);
}
