/** The stages of outsourcing that group the mistakes on /mistakes, in reading order. */
export const stages = [
  "deciding",
  "hiring",
  "handing-over",
  "managing",
  "keeping",
] as const;

type Stage = (typeof stages)[number];

/** How each stage is titled and introduced on /mistakes, in reading order. */
export const STAGE_INFO: readonly { id: Stage; title: string; intro: string }[] = [
  {
    id: "deciding",
    title: "Deciding what to hand over",
    intro: "Before anyone is hired: whether to outsource, how much, and which work.",
  },
  {
    id: "hiring",
    title: "Finding and hiring",
    intro: "Where you look, whom you pick, and how you test them.",
  },
  {
    id: "handing-over",
    title: "Handing the work over",
    intro: "Briefing, training and the first days of working together.",
  },
  {
    id: "managing",
    title: "Managing the work",
    intro: "Communicating, checking quality and keeping track.",
  },
  {
    id: "keeping",
    title: "Keeping good people",
    intro: "Paying, thanking and holding on to the contractors who deliver.",
  },
];
