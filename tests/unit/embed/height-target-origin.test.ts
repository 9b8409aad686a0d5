import { describe, expect, it } from "vitest";
import { heightTargetOrigin } from "~/lib/embed/height-target-origin";

describe("heightTargetOrigin", () => {
  it("names the parent's origin the browser reports", () => {
    expect(heightTargetOrigin("https://coach.example", "")).toBe("https://coach.example");
  });

  it("falls back to the origin of the page that loaded the iframe", () => {
    expect(heightTargetOrigin(undefined, "https://coach.example/clients/page?x=1")).toBe(
      "https://coach.example",
    );
  });

  it("posts to any parent only when none can be named", () => {
    expect(heightTargetOrigin(undefined, "")).toBe("*");
    expect(heightTargetOrigin("null", "https://coach.example/")).toBe("*");
  });
});
