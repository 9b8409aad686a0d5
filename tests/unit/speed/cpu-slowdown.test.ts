import { describe, expect, it } from "vitest";
import { cpuSlowdownFor } from "../../../scripts/speed/cpu-slowdown";

describe("cpuSlowdownFor (Lighthouse's CPU slowdown calculator)", () => {
  it.each([
    [150, 1],
    [475, 1.5],
    [800, 2],
    [1000, 2.4],
    [1300, 3],
    [1533, 4],
    [1766, 5],
    [2000, 6],
  ])("index %d → %d×", (index, slowdown) => {
    expect(cpuSlowdownFor(index)).toBeCloseTo(slowdown, 1);
  });

  it("grows with the host's speed, so a faster host is never judged more softly", () => {
    for (let index = 150; index < 3000; index += 7)
      expect(cpuSlowdownFor(index + 7)!).toBeGreaterThan(cpuSlowdownFor(index)!);
  });

  it("refuses a host too slow to stand for the phone", () => {
    expect(cpuSlowdownFor(149)).toBeUndefined();
    expect(cpuSlowdownFor(Number.NaN)).toBeUndefined();
  });
});
