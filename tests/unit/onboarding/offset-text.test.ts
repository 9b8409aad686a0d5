import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeOffset } from "~/lib/onboarding/offset-text";

describe("describeOffset", () => {
  it("says a due date on the start is on their first day", () => {
    expect(describeOffset(0)).toBe("on their first day");
    expect(describeOffset(-0)).toBe("on their first day");
  });

  it("counts whole weeks in weeks: -28 days is 4 weeks before, 7 is 1 week after", () => {
    expect(describeOffset(-28)).toBe("4 weeks before they start");
    expect(describeOffset(7)).toBe("1 week after they start");
  });

  it("counts the rest in days, singular for one: -10, 1 and 30", () => {
    expect(describeOffset(-10)).toBe("10 days before they start");
    expect(describeOffset(1)).toBe("1 day after they start");
    expect(describeOffset(30)).toBe("30 days after they start");
  });

  it("never shows NaN, Infinity or a minus sign", () => {
    fc.assert(
      fc.property(fc.double(), (days) => {
        const text = describeOffset(days);
        return !/NaN|Infinity|-\d|undefined/.test(text);
      }),
    );
  });
});
