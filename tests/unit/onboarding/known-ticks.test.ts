import { describe, expect, it } from "vitest";
import { EXAMPLE_ANSWERS } from "~/lib/onboarding/example-answers";
import { KNOWN_TICK_IDS } from "~/lib/onboarding/known-ticks";
import { buildChecklist } from "~/lib/onboarding/rules";
import { MAX_TICKS } from "~/lib/onboarding/tick-state";

describe("KNOWN_TICK_IDS", () => {
  it("holds every item of a checklist with the most check-ins, and fewer ids than saved ticks allow", () => {
    const checklist = buildChecklist({
      ...EXAMPLE_ANSWERS,
      engagement: "ongoing",
      rhythm: "weekly",
    });
    for (const phase of checklist.phases)
      for (const item of phase.items) expect(KNOWN_TICK_IDS.has(item.id)).toBe(true);
    expect(KNOWN_TICK_IDS.has("check-in-12")).toBe(true);
    expect(KNOWN_TICK_IDS.has("check-in-13")).toBe(false);
    expect(KNOWN_TICK_IDS.size).toBeLessThan(MAX_TICKS);
  });
});
