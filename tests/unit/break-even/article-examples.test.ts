// The guides' worked examples against the calculator's model: the numbers a
// guide states (its inputs and its results) are read from its prose and
// checked here, so an edit to either the guide or the model that makes them
// disagree fails. The calculator embedded in the guide opens with the same
// inputs (ARTICLE_EXAMPLES, used by <BreakEven example="…" />).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ARTICLE_EXAMPLES, articleExampleById } from "~/lib/break-even/article-examples";
import { computeBreakEven } from "~/lib/break-even/model";
import { DEFAULT_INPUTS, NUMERIC_FIELDS, fieldAccepts } from "~/lib/break-even/inputs";

const guide = (slug: string) =>
  readFileSync(`src/content/guides/${slug}.mdx`, "utf8").replace(/\s+/g, " ");

/** The first capture of `pattern` in `text` as a number, failing clearly when the prose changed. */
function numberIn(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`The guide no longer says ${pattern}`);
  return Number(match[1].replace(/,/g, ""));
}

describe("ARTICLE_EXAMPLES", () => {
  it("holds only inputs every field accepts, under ids no preset uses", () => {
    for (const example of ARTICLE_EXAMPLES) {
      for (const field of NUMERIC_FIELDS) {
        expect(fieldAccepts(field, example.inputs[field]), `${example.id} ${field}`).toBe(
          true,
        );
      }
    }
    expect(articleExampleById("bookkeeping")).toBeUndefined();
  });
});

describe("/guide/what-to-outsource/, the newsletter", () => {
  const text = guide("what-to-outsource");
  const section = text.slice(text.indexOf("### A worked example"));
  const example = articleExampleById("newsletter")!;
  const result = computeBreakEven(example.inputs);

  it("embeds the calculator with its example", () => {
    expect(text).toContain('<BreakEven example="newsletter" />');
  });

  it("states the example's inputs: 60 minutes weekly, 180 to hand over, 10 to check, $25, $60 an hour", () => {
    expect(
      numberIn(section, /Doing it yourself takes \*\*(\d+) minutes\*\* each week/),
    ).toBe(example.inputs.do);
    expect(example.inputs).toMatchObject({ per: "week", freq: 1, months: 12 });
    expect(numberIn(section, /Handing it over takes \*\*(\d+) minutes\*\* once/)).toBe(
      example.inputs.setup,
    );
    expect(numberIn(section, /you spend \*\*(\d+) minutes\*\* a week briefing/)).toBe(
      example.inputs.review,
    );
    expect(numberIn(section, /charges \*\*\$(\d+)\*\* per newsletter/)).toBe(
      example.inputs.price,
    );
    expect(numberIn(section, /hour of your time is worth \*\*\$(\d+)\*\*/)).toBe(
      example.inputs.value,
    );
    expect(example.currency).toBe("USD");
  });

  it("gives the model's break-evens: week 4 in time, week 8 in money", () => {
    expect(
      numberIn(section, /In time, handing it over pays back in \*\*week (\d+)\*\*/),
    ).toBe(result.timeBreakEven);
    expect(numberIn(section, /it pays back in \*\*week (\d+)\*\*/)).toBe(
      result.moneyBreakEven,
    );
  });

  it("gives the model's year: 52 newsletters, 40 hours 20 minutes back, $1,120 ahead, $30 an hour back", () => {
    expect(numberIn(section, /Over a year of (\d+) newsletters/)).toBe(result.n);
    const hours = numberIn(section, /get back \*\*(\d+) hours \d+ minutes\*\*/);
    const minutes = numberIn(section, /get back \*\*\d+ hours (\d+) minutes\*\*/);
    expect(hours * 60 + minutes).toBeCloseTo(result.hoursBack * 60, 9);
    expect(numberIn(section, /come out \*\*\$([\d,]+)\*\* ahead/)).toBeCloseTo(
      result.netValue,
      9,
    );
    expect(numberIn(section, /buy back each hour for \$(\d+)/)).toBeCloseTo(
      result.pricePerHourBack!,
      9,
    );
  });

  it("shows the table of weeks 1 to 5 as the model counts minutes", () => {
    for (let week = 1; week <= 5; week++) {
      const row = new RegExp(`\\| ${week} +\\| (\\d+) +\\| (\\d+) +\\|`).exec(section);
      expect(row, `week ${week}`).not.toBeNull();
      expect(Number(row![1])).toBe(week * example.inputs.do);
      expect(Number(row![2])).toBe(example.inputs.setup + week * example.inputs.review);
    }
  });

  it("says a one-off newsletter would cost 60 minutes against 190 handed over", () => {
    const once = computeBreakEven({ ...example.inputs, per: "once" });
    expect(
      numberIn(section, /(\d+) minutes yourself against \d+ minutes to hand it over/),
    ).toBe(once.yourselfMinutes);
    expect(
      numberIn(section, /minutes yourself against (\d+) minutes to hand it over/),
    ).toBe(once.delegatedMinutes);
    expect(once.verdict.kind).toBe("do-it-yourself");
  });

  it("gives the model's answer for the 20-minute job that takes 45 to explain", () => {
    const job = { ...DEFAULT_INPUTS, do: 20, setup: 45, review: 5, price: 0, value: 0 };
    expect(numberIn(text, /Take a (\d+)-minute job/)).toBe(job.do);
    expect(numberIn(text, /takes (\d+) minutes to explain/)).toBe(job.setup);
    expect(numberIn(text, /plus (\d+) minutes of checking/)).toBe(job.review);
    // "level by the third round": the time break-even.
    expect(text).toContain("level by the third round");
    expect(computeBreakEven(job).timeBreakEven).toBe(3);
    expect(computeBreakEven({ ...job, per: "once" }).verdict.kind).toBe("do-it-yourself");
  });
});

describe("/guide/onboarding-and-training/, training pays you back", () => {
  const text = guide("onboarding-and-training");
  const section = text.slice(text.indexOf("## Training pays you back"));

  it("pays back by the end of the third week, as the model counts it", () => {
    // 2 hours a week; 4 hours of materials + 1 of reviewing = 5 hours once; 15 minutes a week after.
    const task = {
      ...DEFAULT_INPUTS,
      do: numberIn(section, /a task that takes you (\d+) hours a week/) * 60,
      freq: 1,
      per: "week" as const,
      setup: numberIn(section, /costs you (\d+) hours up front/) * 60,
      review: numberIn(section, /needs only (\d+) minutes of your checking each week/),
    };
    const result = computeBreakEven(task);
    expect(section).toContain("paid for itself by the end of the third week");
    expect(result.timeBreakEven).toBe(3);
    // "an hour and three quarters every week": 120 − 15 = 105 minutes.
    expect(section).toContain("an hour and three quarters every week");
    expect(result.minutesSavedPerOccurrence).toBe(105);
  });
});
