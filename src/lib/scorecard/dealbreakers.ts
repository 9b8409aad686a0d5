/** Stable ids of the dealbreakers, used in links and storage; never renamed. */
export const DEALBREAKER_IDS = [
  "failed-trial",
  "copied-work",
  "missed-deadline",
  "off-platform",
] as const;

/** One of {@link DEALBREAKER_IDS}. */
export type DealbreakerId = (typeof DEALBREAKER_IDS)[number];

/** Something that rules a candidate out, however well they score elsewhere. */
export interface Dealbreaker {
  /** Stable id, used in links and storage. */
  readonly id: DealbreakerId;
  /** Short label for the tick box, also used in "Ruled out by a dealbreaker, …: …". */
  readonly label: string;
  /** Guide section that explains it: site path plus anchor. */
  readonly guide: string;
}

/** The dealbreakers, in display order (the same order as {@link DEALBREAKER_IDS}). */
export const DEALBREAKERS: readonly Dealbreaker[] = [
  {
    id: "failed-trial",
    label: "Failed or skipped the trial task",
    guide: "/guide/choosing-the-right-person/#run-a-trial-project",
  },
  {
    id: "copied-work",
    label: "Handed in unoriginal or copied work",
    guide: "/guide/managing-by-deliverables/#check-the-first-deliveries",
  },
  {
    id: "missed-deadline",
    label: "Missed an agreed deadline without a word",
    guide: "/guide/choosing-the-right-person/#red-flags-that-end-the-conversation",
  },
  {
    id: "off-platform",
    label: "Asked to pay or be paid off the platform",
    guide: "/guide/choosing-the-right-person/#red-flags-that-end-the-conversation",
  },
];

const byId = new Map<string, Dealbreaker>(DEALBREAKERS.map((d) => [d.id, d]));

/** True when `value` is one of the dealbreaker ids (for checking links and storage). */
export function isDealbreakerId(value: unknown): value is DealbreakerId {
  return typeof value === "string" && byId.has(value);
}

/** The dealbreaker with this id. */
export function dealbreakerById(id: DealbreakerId): Dealbreaker {
  // The map is built from DEALBREAKERS, which the tests hold to DEALBREAKER_IDS.
  return byId.get(id) as Dealbreaker;
}
