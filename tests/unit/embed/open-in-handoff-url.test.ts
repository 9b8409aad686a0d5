import { describe, expect, it } from "vitest";
import { openInHandoffUrl } from "~/lib/embed/open-in-handoff-url";

describe("openInHandoffUrl", () => {
  it("carries the embed's settings to the tool's own page", () => {
    const url = openInHandoffUrl(
      new URL("https://handoff.example/embed/break-even/?v=1&mins=90&per=week"),
      "/tools/break-even/",
    );
    expect(url.href).toBe(
      "https://handoff.example/tools/break-even/?v=1&mins=90&per=week",
    );
  });

  it("keeps the fragment, where the scorecard keeps names", () => {
    const url = openInHandoffUrl(
      new URL("https://handoff.example/embed/scorecard/?v=1#n=Ana"),
      "/tools/scorecard/",
    );
    expect(url.hash).toBe("#n=Ana");
  });

  it("leaves out the embed's theme, which only the embed reads", () => {
    const url = openInHandoffUrl(
      new URL("https://handoff.example/embed/onboarding/?theme=dark&v=1"),
      "/tools/onboarding/",
    );
    expect(url.search).toBe("?v=1");
  });

  it("gives the bare tool page for an embed without settings", () => {
    const url = openInHandoffUrl(
      new URL("https://handoff.example/embed/onboarding/"),
      "/tools/onboarding/",
    );
    expect(url.href).toBe("https://handoff.example/tools/onboarding/");
  });
});
