import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS, validateAnswers } from "~/lib/onboarding/answers";
import { EXAMPLE_ANSWERS, EXAMPLE_START } from "~/lib/onboarding/example-answers";

describe("EXAMPLE_ANSWERS", () => {
  it("are the default answers with the example start date, and valid", () => {
    expect(EXAMPLE_ANSWERS).toEqual({ ...DEFAULT_ANSWERS, start: EXAMPLE_START });
    expect(validateAnswers(EXAMPLE_ANSWERS)).toEqual(EXAMPLE_ANSWERS);
  });
});

describe("EXAMPLE_START", () => {
  it("is a Monday, so the example's weekly dates fall on working days", () => {
    expect(new Date(`${EXAMPLE_START}T00:00:00Z`).getUTCDay()).toBe(1);
  });
});
