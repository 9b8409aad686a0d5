import { describe, expect, it } from "vitest";
import { byReadingOrder, neighbours } from "~/lib/content/reading-path";

const entry = (id: string, order: number) => ({ id, data: { order } });
const guides = [entry("c", 3), entry("a", 1), entry("b", 2)];

describe("byReadingOrder", () => {
  it("sorts by order, whatever the input order", () => {
    expect(byReadingOrder(guides).map((g) => g.id)).toEqual(["a", "b", "c"]);
  });

  it("breaks ties by id so the path is stable", () => {
    expect(byReadingOrder([entry("z", 1), entry("y", 1)]).map((g) => g.id)).toEqual([
      "y",
      "z",
    ]);
  });
});

describe("neighbours", () => {
  it("has no previous entry at the start and no next one at the end", () => {
    expect(neighbours(guides, "a").previous).toBeUndefined();
    expect(neighbours(guides, "c").next).toBeUndefined();
  });

  it("finds both neighbours in the middle of the path", () => {
    const { previous, next } = neighbours(guides, "b");
    expect([previous?.id, next?.id]).toEqual(["a", "c"]);
  });

  it("returns nothing for an unknown id", () => {
    expect(neighbours(guides, "nope")).toEqual({ previous: undefined, next: undefined });
  });
});
