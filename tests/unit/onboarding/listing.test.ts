import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameListing } from "~/lib/onboarding/listing";
import { buildChecklist } from "~/lib/onboarding/rules";
import { answersArb, isoDateArb } from "./arbitraries";

describe("sameListing", () => {
  // Monthly check-ins fall on calendar months, so a new start can reorder
  // them among the steps around them; every other step moves by whole days.
  it("holds between checklists whose answers differ only in the start date, check-ins not monthly", () => {
    const notMonthly = answersArb.filter((answers) => answers.rhythm !== "monthly");
    fc.assert(
      fc.property(notMonthly, isoDateArb, (answers, start) => {
        expect(
          sameListing(buildChecklist(answers), buildChecklist({ ...answers, start })),
        ).toBe(true);
      }),
    );
  });

  it("fails when the answers change the steps or their words", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const [x, y] = [buildChecklist(a), buildChecklist(b)];
        const words = (c: typeof x) =>
          JSON.stringify(
            c.phases.map((p) => [
              p.id,
              p.items.map((i) => [i.id, i.text, i.why, i.guide]),
            ]),
          );
        expect(sameListing(x, y)).toBe(words(x) === words(y));
      }),
    );
  });
});
