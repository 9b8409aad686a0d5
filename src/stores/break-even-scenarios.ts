// The calculator's named scenarios. They are a tool session of their own
// (tool-session.ts): saved under their own key and followed across open tabs,
// and a comparison link is a shared state, shown without touching the
// reader's saved scenarios until they keep it, with the same one Undo as
// every tool. Loaded only when the reader opens Scenarios or the address
// carries a comparison link.
import { atom } from "nanostores";
import { formFromInputs } from "~/lib/break-even/form-state";
import { scenariosData } from "~/lib/break-even/more-saved-data";
import {
  cleanScenarioName,
  MAX_SCENARIOS,
  scenarioFrom,
  scenarioInputs,
  type Scenario,
} from "~/lib/break-even/scenarios";
import {
  decodeComparison,
  encodeComparison,
  isComparisonHash,
} from "~/lib/break-even/scenarios-link";
import { $form, $locale, $reading, breakEvenSession } from "./break-even";
import { $embedded } from "./embedded";
import { createToolSession, type LinkFormat } from "./tool-session";

/** What the last reading of a comparison link left out, or "". */
export const $linkNote = atom("");

const comparisonLink: LinkFormat<Scenario[]> = {
  fromUrl(url) {
    if (!isComparisonHash(url.hash)) return null;
    const reading = decodeComparison(url.hash, $locale.get());
    if (!reading.ok) return { state: [], notices: [reading.message] };
    const { skipped } = reading;
    return {
      state: reading.scenarios,
      notices:
        skipped === 0
          ? []
          : [
              `${skipped} ${skipped === 1 ? "scenario" : "scenarios"} in the link could not be read and ${skipped === 1 ? "is" : "are"} left out`,
            ],
    };
  },
  toUrl(state, page) {
    const url = new URL(page.href);
    url.search = "";
    url.hash = encodeComparison(state);
    return url;
  },
  clearUrl(url) {
    const next = new URL(url.href);
    if (isComparisonHash(next.hash)) next.hash = "";
    return next;
  },
};

export const scenarioSession = createToolSession<Scenario[]>({
  storageKey: scenariosData.key,
  version: scenariosData.version,
  initial: () => [],
  validate: scenariosData.validate,
  link: comparisonLink,
  // Hidden in an embed anyway; this keeps an embed from ever writing them.
  persist: () => !$embedded.get(),
  worthKeeping: scenariosData.worthKeeping,
});

/** The scenarios on screen: the reader's own, or a comparison link's. */
export const $scenarios = scenarioSession.$state;

/** What the panel's live region says about the last action. */
export const $scenarioMessage = atom("");

const actions = () => import("./tool-session-actions");

/**
 * Saves the calculator's numbers as a scenario. Returns a message saying how
 * to fix what stopped it, or null once saved.
 */
export function saveCurrent(name: string): string | null {
  const clean = cleanScenarioName(name);
  if (clean === "") return "Give the scenario a name, such as “Agency quote”.";
  const inputs = $reading.get().inputs;
  if (inputs === null) return "Fix the fields marked in red first.";
  const list = $scenarios.get();
  if (list.length >= MAX_SCENARIOS)
    return `You can keep up to ${MAX_SCENARIOS} scenarios. Delete one first.`;
  const scenario = scenarioFrom(clean, inputs, $form.get().currency);
  if (scenario === null) return "Give the scenario a name, such as “Agency quote”.";
  scenarioSession.update((now) => [...now, scenario]);
  $scenarioMessage.set(`Saved “${clean}”.`);
  return null;
}

/** Loads a scenario into the calculator, with the calculator's one Undo for what it replaces. */
export async function openScenario(scenario: Scenario): Promise<void> {
  const inputs = scenarioInputs(scenario);
  if (inputs === null) return;
  const before = $form.get();
  breakEvenSession.update(() =>
    formFromInputs(inputs, scenario.form.currency, $locale.get()),
  );
  (await actions()).offerUndo(breakEvenSession, {
    text: `Opened “${scenario.name}” in the calculator.`,
    revert: () => before,
  });
  $scenarioMessage.set(`Opened “${scenario.name}” in the calculator.`);
}

/** Renames the scenario at `index`; returns a message when the name is empty. */
export function renameScenario(index: number, name: string): string | null {
  const clean = cleanScenarioName(name);
  if (clean === "") return "Give the scenario a name, such as “Agency quote”.";
  const old = $scenarios.get()[index];
  if (!old) return null;
  scenarioSession.update((list) =>
    list.map((s, at) => (at === index ? { ...s, name: clean } : s)),
  );
  $scenarioMessage.set(`Renamed “${old.name}” to “${clean}”.`);
  return null;
}

/** Deletes the scenario at `index`, with Undo. */
export async function deleteScenario(index: number): Promise<void> {
  const before = $scenarios.get();
  const gone = before[index];
  if (!gone) return;
  scenarioSession.update((list) => list.filter((_, at) => at !== index));
  (await actions()).offerUndo(scenarioSession, {
    text: `Deleted “${gone.name}”.`,
    revert: () => before,
  });
}

/** The link that shows the scenarios on screen side by side. */
export const comparisonUrl = () => scenarioSession.shareUrl();
