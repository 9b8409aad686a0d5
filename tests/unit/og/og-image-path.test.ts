import { describe, expect, it } from "vitest";
import { ogImagePath } from "~/lib/og/og-image-path";

describe("ogImagePath", () => {
  it.each([
    ["/", "/og/home.png"],
    ["/guide/what-to-outsource/", "/og/guide/what-to-outsource.png"],
    ["/tools/", "/og/tools.png"],
    ["/404.html", "/og/404.png"],
  ])("puts the picture of %s at %s", (page, image) => {
    expect(ogImagePath(page)).toBe(image);
  });
});
