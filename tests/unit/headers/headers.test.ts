import { describe, expect, it } from "vitest";
import { headersFor, parseHeaders, patternMatches } from "../../../scripts/headers.mjs";

const FILE = `# comment
/*
  X-Content-Type-Options: nosniff

/guide/*
  Content-Security-Policy: frame-ancestors 'none'

/embed/*
  Content-Security-Policy: frame-ancestors *
`;

describe("parseHeaders", () => {
  it("reads each path and its indented headers, skipping comments", () => {
    expect(parseHeaders(FILE)).toEqual([
      { pattern: "/*", headers: [["X-Content-Type-Options", "nosniff"]] },
      {
        pattern: "/guide/*",
        headers: [["Content-Security-Policy", "frame-ancestors 'none'"]],
      },
      {
        pattern: "/embed/*",
        headers: [["Content-Security-Policy", "frame-ancestors *"]],
      },
    ]);
  });

  it("rejects a header line with no path above it", () => {
    expect(() => parseHeaders("  X-Frame-Options: DENY")).toThrow(/unexpected line/);
  });
});

describe("patternMatches", () => {
  it("matches exact paths and splats, and nothing else", () => {
    expect(patternMatches("/", "/")).toBe(true);
    expect(patternMatches("/", "/guide/")).toBe(false);
    expect(patternMatches("/guide/*", "/guide/a/")).toBe(true);
    expect(patternMatches("/guide/*", "/guidebook/")).toBe(false);
    expect(patternMatches("/a.b", "/axb")).toBe(false);
  });
});

describe("headersFor", () => {
  it("applies every matching rule in file order", () => {
    expect(headersFor(parseHeaders(FILE), "/guide/x/")).toEqual([
      ["X-Content-Type-Options", "nosniff"],
      ["Content-Security-Policy", "frame-ancestors 'none'"],
    ]);
  });
});
