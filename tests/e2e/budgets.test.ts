// Page weight budgets (DESIGN.md, "Quality bars"), enforced on the built site.
import { describe, expect, it } from "vitest";
import { BUDGETS, isPlainArticle, weighSite } from "../../scripts/weigh.mjs";

const rows = weighSite("dist");

describe("page weight budgets", () => {
  it("finds the pages it weighs", () => {
    expect(rows.some((row) => row.page === "/")).toBe(true);
    expect(rows.filter(isPlainArticle).length).toBeGreaterThan(0);
  });

  it.each(rows.filter(isPlainArticle))(
    "article $page loads no external JS, little CSS, and stays small",
    (row) => {
      expect(row.externalJs).toBe(0);
      expect(row.css).toBeLessThanOrEqual(BUDGETS.articleCss);
      expect(row.total).toBeLessThanOrEqual(BUDGETS.articleTotal);
    },
  );

  it.each(rows)("$page loads at most 20 KB of JS (gzip)", (row) => {
    expect(row.js).toBeLessThanOrEqual(BUDGETS.pageJs);
  });
});
