// The paid-trial example of /guide/choosing-the-right-person/ against the
// scorecard it opens: the guide's rates, hours and trial costs are read from
// its prose, so an edit to the guide or the example that makes them disagree
// fails, and the scorecard ranks the candidates as the guide concludes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TRIAL_EXAMPLE, trialExampleScorecard } from "~/lib/scorecard/article-examples";
import { rankCandidates } from "~/lib/scorecard/rank";
import { validateScorecard } from "~/lib/scorecard/validate-scorecard";

const text = readFileSync("src/content/guides/choosing-the-right-person.mdx", "utf8");

describe("/guide/choosing-the-right-person/, the paid trial", () => {
  const lines = ["A", "B", "C"].map((letter) => {
    const match = new RegExp(
      `- \\*\\*${letter}:\\*\\* \\$(\\d+) an hour, ([\\d.]+) hours billed, trial cost \\$(\\d+)`,
    ).exec(text);
    if (!match) throw new Error(`The guide no longer describes candidate ${letter}`);
    return { rate: Number(match[1]), hours: Number(match[2]), cost: Number(match[3]) };
  });

  it("states each trial's cost as its rate times its hours, as the example does", () => {
    lines.forEach(({ rate, hours, cost }, index) => {
      expect(rate * hours).toBe(cost);
      expect(TRIAL_EXAMPLE[index]).toMatchObject({ rate, hours });
    });
  });

  it("opens the scorecard with the three candidates, their trial costs and hours", () => {
    const card = trialExampleScorecard();
    expect(validateScorecard(JSON.parse(JSON.stringify(card)))).toEqual(card);
    expect(
      card.candidates.map((c) => [c.name, c.quote, c.hours, c.ratings.trial]),
    ).toEqual([
      ["Candidate A", 108, 6, 2],
      ["Candidate B", 100, 2.5, 4],
      ["Candidate C", 100, 4, 0],
    ]);
  });

  it("ranks B first, as the guide concludes", () => {
    expect(text).toContain("Candidate B is the cheapest hire here");
    const ranked = rankCandidates(trialExampleScorecard());
    expect(ranked[0]?.candidate.name).toBe("Candidate B");
  });
});
