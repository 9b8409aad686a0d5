import { describe, expect, it } from "vitest";
import { answerSummary } from "~/lib/onboarding/answer-summary";
import { DEFAULT_ANSWERS } from "~/lib/onboarding/answers";
import { FIXTURE_ANSWERS } from "./fixture-checklist";

describe("answerSummary", () => {
  it("writes each answer with its option label, in question order", () => {
    expect(
      answerSummary(FIXTURE_ANSWERS).map((line) => `${line.label}: ${line.value}`),
    ).toEqual([
      "Kind of work: Writing and content",
      "Engagement: A fixed project",
      "Language: No, one of us works in a second language",
      "Time-zone gap: 7 hours or more",
      "Access: Accounts and passwords, Payments",
      "Documentation: Some notes",
      "Start date: Jan 5, 2027",
      "Check-ins: Every two weeks",
    ]);
  });

  it("says None when no access is needed", () => {
    const lines = answerSummary({ ...DEFAULT_ANSWERS, access: [], start: "2027-01-05" });
    expect(lines.find((line) => line.label === "Access")?.value).toBe("None");
  });
});
