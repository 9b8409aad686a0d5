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

/** Every point id, S1.1 … S5.4, in order. */
export const SOURCE_POINTS: readonly string[] = SOURCE_ARTICLES.flatMap((article) =>
  Array.from({ length: article.points }, (_, i) => `${article.id}.${i + 1}`),
);
