/** One of the five articles Handoff's guidance draws on (shared/sources/README.md). */
export interface SourceArticle {
  /** S1 … S5, the prefix of its point ids (S1.3 is its third point). */
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** How many points the catalogue takes from it. */
  readonly points: number;
}

/** The source articles, credited by title and publisher as they give them. */
export const SOURCE_ARTICLES: readonly SourceArticle[] = [
  {
    id: "S1",
    title: "7 Common Mistakes to Avoid When Outsourcing Your Work",
    publisher: "Blog and Retire",
    points: 7,
  },
  {
    id: "S2",
    title: "5 Mistakes to Avoid When Outsourcing Work",
    publisher: "Miss Kemya, Marketing Sparkler",
    points: 5,
  },
  {
    id: "S3",
    title: "The 5 most common outsourcing mistakes",
    publisher: "Viktor Marinov, freelancermap blog",
    points: 5,
  },
  {
    id: "S4",
    title: "Common Outsourcing Mistakes",
    publisher: "no author named",
    points: 9,
  },
  {
    id: "S5",
    title: "Outsourcing, 3 Deadly Mistakes and What To Do Instead When You Outsource",
    publisher: "no author named",
    points: 4,
  },
];

/**
 * What each source point is about, in one line of our own words, for the
 * Sources page (shared/sources/README.md has the catalogue they summarize).
 */
export const POINT_SUMMARIES: Readonly<Record<string, string>> = {
  "S1.1":
    "Gig sites suit small jobs, hiring platforms ongoing roles; some sites protect one side.",
  "S1.2": "Check skills and ask an open question that shows how a person thinks.",
  "S1.3":
    "Match tasks to skills; hand over a repeated task even if explaining takes long.",
  "S1.4": "Train with videos, written steps and a test run, then keep giving feedback.",
  "S1.5": "Record who does what, when and for what pay; one folder per contractor.",
  "S1.6": "Praise what goes well and add small rewards, so good people stay.",
  "S1.7": "Your hours are limited: set aside part of your income to pay for help.",
  "S2.1": "Start projects with a call, not only email, above all across languages.",
  "S2.2": "Check that delivered work is original and good; a few people cheat.",
  "S2.3": "Quality can drop after a good start, for example when work is passed on.",
  "S2.4":
    "Wanting to control everything burns you out; one generalist may be too little.",
  "S2.5": "Pay on time and do not swap a good contractor for a cheaper one.",
  "S3.1": "Count the weekly hours others could take, and spend them on growth.",
  "S3.2": "Rank tasks by how well you do them and how central they are.",
  "S3.3": "Choose on experience and values, run a short trial, mind time zones.",
  "S3.4": "Stop watching every step; use the time you freed for bigger work.",
  "S3.5": "Hand over what you are weak at, but know enough to steer it.",
  "S4.1": "Experts charge more per hour, yet cost less than a full-time hire.",
  "S4.2": "Look nearer home too: hire the best expert you can afford.",
  "S4.3": "Contractors specialize, so expect several people for several needs.",
  "S4.4": "Have procedures, examples and a quick way to talk ready first.",
  "S4.5": "Know exactly what you need before you ask for proposals.",
  "S4.6": "Keep your core expertise and customer contact; delegate the rest.",
  "S4.7": "Use one project tool and one shared file store.",
  "S4.8": "Begin with a small project with a clear start and end.",
  "S4.9": "Judge deliverables and deadlines, not how or when people work.",
  "S5.1": "Take time to find a good match: know the job, talk to people.",
  "S5.2": "Know the result you want and why, so you can measure it.",
  "S5.3": "Write detailed instructions; trained people start suggesting ideas.",
  "S5.4": "Outsourcing always costs time or money, and the right person is worth it.",
};

/** Every point id, S1.1 … S5.4, in order. */
export const SOURCE_POINTS: readonly string[] = SOURCE_ARTICLES.flatMap((article) =>
  Array.from({ length: article.points }, (_, i) => `${article.id}.${i + 1}`),
);

/**
 * The source articles that the given points (S1.2, S4.8, …) come from, once
 * each, in the catalogue's order. Unknown points are ignored.
 */
export function articlesCitedBy(points: readonly string[]): SourceArticle[] {
  const prefixes = new Set(points.map((point) => point.split(".")[0]));
  return SOURCE_ARTICLES.filter((article) => prefixes.has(article.id));
}

/** The id of a point's line on /sources/ ("S2.3" → "S2-3"; ids may not hold dots). */
export function pointAnchor(point: string): string {
  return point.replace(".", "-");
}
