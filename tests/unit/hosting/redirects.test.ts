import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRedirects, redirectFor } from "../../../scripts/redirects.mjs";

describe("parseRedirects", () => {
  it("reads path, target and status, skipping comments and defaulting to 301", () => {
    expect(parseRedirects("# moved\n/old/ /new/\n/a/*  /b/:splat  302\n")).toEqual([
      { from: "/old/", to: "/new/", status: 301 },
      { from: "/a/*", to: "/b/:splat", status: 302 },
    ]);
  });

  it.each([
    "/old/ https://elsewhere.example/ 301",
    "/old/ /new/ 200",
    "/old/ /new/ 301 extra",
    "/a/*/b /c/",
    "old/ /new/",
  ])("refuses %s (only same-site redirects with a redirect status)", (line) => {
    expect(() => parseRedirects(line)).toThrow(/cannot read/);
  });

  it("reads the shipped file", () => {
    expect(
      parseRedirects(readFileSync("public/_redirects", "utf8")).length,
    ).toBeGreaterThan(0);
  });
});

describe("redirectFor", () => {
  const rules = parseRedirects("/old/ /new/\n/guides/* /guide/:splat\n");

  it("sends an exact path to its target and a splat's rest along with it", () => {
    expect(redirectFor(rules, "/old/")).toEqual({ location: "/new/", status: 301 });
    expect(redirectFor(rules, "/guides/what-to-outsource/")).toEqual({
      location: "/guide/what-to-outsource/",
      status: 301,
    });
  });

  it("leaves every other path alone", () => {
    expect(redirectFor(rules, "/old/x/")).toBeNull();
    expect(redirectFor(rules, "/guide/")).toBeNull();
  });
});
