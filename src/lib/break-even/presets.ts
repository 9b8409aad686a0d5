import type { BreakEvenInputs } from "./inputs";

/**
 * The inputs a preset sets. The horizon and the reader's hourly value are the
 * reader's own, so a preset leaves them alone.
 */
export type PresetInputs = Pick<
  BreakEvenInputs,
  "do" | "freq" | "per" | "setup" | "review" | "price"
>;

/** A typical task with realistic numbers, to start the calculator from. */
export interface TaskPreset {
  /** Stable id, safe for URLs and storage. */
  id: string;
  /** Short name for a button or select. */
  label: string;
  /** One line on what the numbers assume, shown with the preset. */
  note: string;
  /** The inputs the preset fills in. */
  inputs: Readonly<PresetInputs>;
}

/**
 * Typical tasks small businesses hand over. Prices are per occurrence in a
 * generic currency unit at freelance rates; setup covers finding someone,
 * writing the steps down and a checked trial run.
 */
export const PRESETS: readonly TaskPreset[] = [
  {
    id: "inbox-triage",
    label: "Inbox triage",
    note: "An assistant sorts and answers routine email each workday; you skim what they flag.",
    inputs: { do: 30, freq: 5, per: "week", setup: 180, review: 5, price: 10 },
  },
  {
    id: "bookkeeping",
    label: "Bookkeeping",
    note: "A freelance bookkeeper reconciles and categorises the month; you answer queries and sign off.",
    inputs: { do: 180, freq: 1, per: "month", setup: 360, review: 20, price: 90 },
  },
  {
    id: "social-posts",
    label: "Social media posts",
    note: "Someone drafts, designs and schedules each post from your monthly plan; you approve it.",
    inputs: { do: 45, freq: 3, per: "week", setup: 240, review: 10, price: 25 },
  },
  {
    id: "blog-article",
    label: "A one-off blog article",
    note: "A writer turns your outline into a single article; briefing them and editing the draft stay with you.",
    inputs: { do: 240, freq: 1, per: "once", setup: 90, review: 45, price: 150 },
  },
  {
    id: "podcast-editing",
    label: "Podcast editing",
    note: "An editor cleans up and masters the weekly episode; you listen through the cut once.",
    inputs: { do: 120, freq: 1, per: "week", setup: 240, review: 15, price: 60 },
  },
  {
    id: "data-entry",
    label: "Data entry",
    note: "An assistant keys orders or receipts into a spreadsheet twice a week; you spot-check a sample.",
    inputs: { do: 60, freq: 2, per: "week", setup: 90, review: 10, price: 15 },
  },
  {
    id: "customer-support",
    label: "Customer support replies",
    note: "Someone answers the day's routine questions from your saved replies and passes the tricky ones to you.",
    inputs: { do: 60, freq: 5, per: "week", setup: 480, review: 10, price: 20 },
  },
];

/** The preset with this id, or undefined (e.g. for an unknown id in a URL). */
export function presetById(id: string): TaskPreset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
