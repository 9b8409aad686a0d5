// The local server finds files and picks headers by one path: the request's,
// decoded once and normalised (scripts/serve.mjs).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalPath } from "../../../scripts/serve.mjs";

describe("canonicalPath", () => {
  it("decodes percent-escapes, including an encoded slash", () => {
    expect(canonicalPath("/%74ools/break-even/")).toBe("/tools/break-even/");
    expect(canonicalPath("/tools%2fbreak-even/")).toBe("/tools/break-even/");
    expect(canonicalPath("/tools%2Fbreak-even/")).toBe("/tools/break-even/");
  });

  it("collapses repeated slashes and dot segments, never climbing above the root", () => {
    expect(canonicalPath("//tools//break-even/")).toBe("/tools/break-even/");
    expect(canonicalPath("/guide/./x/../y/")).toBe("/guide/y/");
    expect(canonicalPath("/../../etc/passwd")).toBe("/etc/passwd");
    expect(canonicalPath("/%2e%2e/%2e%2e/etc/passwd")).toBe("/etc/passwd");
  });

  it("refuses what cannot be decoded or names no file", () => {
    expect(canonicalPath("/tools/%E0%A4%A/")).toBeNull();
    expect(canonicalPath("/tools/%00/")).toBeNull();
    expect(canonicalPath("/tools\\break-even/")).toBeNull();
    expect(canonicalPath("/a%5cb/")).toBeNull();
  });

  it("is idempotent and always absolute", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const path = canonicalPath("/" + encodeURIComponent(text).replace(/%2F/g, "/"));
        if (path === null) return;
        expect(path.startsWith("/")).toBe(true);
        expect(path.split("/")).not.toContain("..");
        expect(canonicalPath(encodeURI(path))).toBe(path);
      }),
      { numRuns: 200 },
    );
  });
});
