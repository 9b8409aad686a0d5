import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noNegativeZero } from "~/lib/break-even/no-negative-zero";

describe("noNegativeZero", () => {
  it("turns -0 into 0", () => {
    expect(Object.is(noNegativeZero(-0), 0)).toBe(true);
    expect(Object.is(noNegativeZero(Math.ceil(-0.4)), 0)).toBe(true);
  });

  it("leaves every other number unchanged", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        fc.pre(!Object.is(x, -0));
        expect(Object.is(noNegativeZero(x), x)).toBe(true);
      }),
    );
  });
});
