import { describe, expect, it } from "vitest";
import { excerptParts } from "~/lib/search/excerpt-parts";

describe("excerptParts", () => {
  it("splits highlighted matches from the text around them", () => {
    expect(excerptParts("run a <mark>trial</mark> first")).toEqual([
      { text: "run a ", marked: false },
      { text: "trial", marked: true },
      { text: " first", marked: false },
    ]);
  });

  it("decodes escaped characters back to text", () => {
    expect(excerptParts("Q&amp;A &lt;b&gt;")).toEqual([
      { text: "Q&A <b>", marked: false },
    ]);
  });

  it("drops any tag other than mark, so nothing can be injected", () => {
    const parts = excerptParts('<img src=x onerror="alert(1)">hi<script>x</script>');
    expect(parts.map((p) => p.text).join("")).toBe("hix");
  });

  it("returns nothing for an empty excerpt", () => {
    expect(excerptParts("")).toEqual([]);
  });
});
