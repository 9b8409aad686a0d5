import { describe, expect, it } from "vitest";
import { embedSnippet } from "~/lib/embed/embed-snippet";
import { EMBED_ATTRIBUTE } from "~/lib/embed/host-script";
import { TOOLS } from "~/lib/tools/tool-catalogue";

const ORIGIN = "https://handoff.example";
const EMBEDDABLE = TOOLS.map((tool) => ({
  id: tool.id,
  label: tool.shortName,
  frameTitle: tool.embed.frameTitle,
}));

describe("embedSnippet", () => {
  it("embeds the chosen tool with its usual values when no link is pasted", () => {
    const snippet = embedSnippet(
      { tool: "scorecard", link: "", theme: "auto" },
      ORIGIN,
      EMBEDDABLE,
    );
    expect(snippet.src).toBe("https://handoff.example/embed/scorecard/");
    expect(snippet.problem).toBeNull();
  });

  it("gives an iframe with a title, lazy loading, full width and the embed mark", () => {
    const { iframe } = embedSnippet(
      { tool: "break-even", link: "", theme: "auto" },
      ORIGIN,
      EMBEDDABLE,
    );
    expect(iframe).toContain('title="Delegate or do it yourself? (Handoff)"');
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('width="100%"');
    expect(iframe).toContain(EMBED_ATTRIBUTE);
  });

  it("carries a pasted tool link's settings, and its tool wins over the choice", () => {
    const snippet = embedSnippet(
      {
        tool: "break-even",
        link: "https://handoff.example/tools/onboarding/?v=1&start=2030-01-07",
        theme: "auto",
      },
      ORIGIN,
      EMBEDDABLE,
    );
    expect(snippet.tool).toBe("onboarding");
    expect(snippet.src).toBe(
      "https://handoff.example/embed/onboarding/?v=1&start=2030-01-07",
    );
  });

  it("keeps a scorecard link's fragment, where names travel", () => {
    const { src } = embedSnippet(
      { tool: "scorecard", link: "/tools/scorecard/?v=1#n=Ana", theme: "auto" },
      ORIGIN,
      EMBEDDABLE,
    );
    expect(src).toBe("https://handoff.example/embed/scorecard/?v=1#n=Ana");
  });

  it("adds the theme when the coach picks light or dark, replacing a pasted one", () => {
    const { src } = embedSnippet(
      { tool: "break-even", link: "/embed/break-even/?theme=light&v=1", theme: "dark" },
      ORIGIN,
      EMBEDDABLE,
    );
    expect(src).toBe("https://handoff.example/embed/break-even/?v=1&theme=dark");
  });

  it("escapes & in the iframe's src attribute", () => {
    const { iframe } = embedSnippet(
      { tool: "break-even", link: "/tools/break-even/?v=1&per=week", theme: "auto" },
      ORIGIN,
      EMBEDDABLE,
    );
    expect(iframe).toContain(
      'src="https://handoff.example/embed/break-even/?v=1&amp;per=week"',
    );
  });

  it("escapes a quote or angle bracket from a pasted link, so it cannot leave the attribute", () => {
    const { iframe } = embedSnippet(
      { tool: "scorecard", link: '/tools/scorecard/#"><script>', theme: "auto" },
      ORIGIN,
      EMBEDDABLE,
    );
    expect(iframe).not.toContain("<script>");
    // src, title, loading, width, height, style: 6 attributes, 12 quotes.
    expect(iframe.match(/"/g)?.length).toBe(12);
  });

  it.each([
    ["another site", "https://elsewhere.example/tools/scorecard/?v=1"],
    ["a page that is not a tool", "https://handoff.example/guide/?v=1"],
    ["text that is not a link", "http://["],
  ])("reports a pasted link to %s and leaves its settings out", (_, link) => {
    const snippet = embedSnippet(
      { tool: "scorecard", link, theme: "auto" },
      ORIGIN,
      EMBEDDABLE,
    );
    expect(snippet.problem).not.toBeNull();
    expect(snippet.src).toBe("https://handoff.example/embed/scorecard/");
  });

  it("wraps the host script for this origin in a script element", () => {
    const { script } = embedSnippet(
      { tool: "scorecard", link: "", theme: "auto" },
      ORIGIN,
      EMBEDDABLE,
    );
    expect(script.startsWith("<script>\n")).toBe(true);
    expect(script).toContain(JSON.stringify(ORIGIN));
  });
});
