import { describe, expect, it } from "vitest";
import { guideUrl } from "~/lib/onboarding/guide-url";

describe("guideUrl", () => {
  it("joins the site origin and the guide path", () => {
    expect(guideUrl("https://handoff.example", "/guide/a/#b")).toBe(
      "https://handoff.example/guide/a/#b",
    );
  });

  it("does not double the slash when the origin ends with one", () => {
    expect(guideUrl("https://handoff.example//", "/guide/a/#b")).toBe(
      "https://handoff.example/guide/a/#b",
    );
  });
});
