import type { Answers } from "~/lib/onboarding/answers";
import type { Checklist } from "~/lib/onboarding/rules";

/**
 * A small checklist written by hand, not built by the rules, so the export
 * fixtures stay readable and only change when an exporter does. Its text is
 * chosen to be awkward: commas, semicolons, quotes, a line break, Markdown
 * markup, a leading minus, accents and an emoji. Two descriptions are sized
 * so that an escaped comma and the emoji would each straddle the 75th octet.
 */
export const FIXTURE_ANSWERS: Answers = {
  workKind: "writing",
  engagement: "project",
  sharedLanguage: false,
  timeZoneGap: "7+",
  access: ["accounts", "payments"],
  docs: "some",
  start: "2027-01-05",
  rhythm: "biweekly",
};

export const FIXTURE_CHECKLIST: Checklist = {
  phases: [
    {
      id: "before-hire",
      title: "Before you hire",
      items: [
        {
          id: "write-the-brief",
          itemId: "write-the-brief",
          phase: "before-hire",
          text: 'Write the brief: scope, price; and *what* "done" means',
          why: "A clear brief saves rework;\nit also sets the price.",
          guide: "/guide/know-what-you-want/#write-the-brief",
          due: "2026-12-08",
          sources: ["S4.5"],
        },
        {
          id: "shortlist-on-fit",
          itemId: "shortlist-on-fit",
          phase: "before-hire",
          text: "Compare [quotes](x) & <b>samples</b>, not #1 on price_list",
          why: "-20% today can cost 50% later.",
          guide: "/guide/choosing-the-right-person/#run-a-trial-project",
          due: "2026-12-15",
          sources: ["S3.3"],
        },
      ],
    },
    {
      id: "trial",
      title: "Trial run",
      items: [
        {
          id: "trial-review",
          itemId: "trial-review",
          phase: "trial",
          text: "Review the trial with Zoë: tell her plainly which part worked, what to change",
          why: "Feedback now sets the standard.",
          guide: "/guide/onboarding-and-training/#run-a-test-task",
          due: "2027-01-09",
          sources: ["S1.4"],
          eventTitle: "Trial review, part 1; with Zoë",
        },
      ],
    },
    {
      id: "ongoing",
      title: "Ongoing",
      items: [
        {
          id: "check-in-1",
          itemId: "check-in",
          phase: "ongoing",
          text: "Check-in 1: look over the work of the last two weeks, then 👀 talk it through",
          why: "Quality can slip \\ quietly.",
          guide: "/guide/managing-by-deliverables/#keep-checking",
          due: "2027-01-19",
          sources: ["S2.3"],
          eventTitle: "Check-in 1 with {who}",
        },
      ],
    },
  ],
};

/** The site origin the fixtures use. */
export const FIXTURE_SITE = "https://handoff.example";

/** 2027-01-01 09:30 UTC, the fixture's DTSTAMP. */
export const FIXTURE_DTSTAMP = new Date("2027-01-01T09:30:00Z");
