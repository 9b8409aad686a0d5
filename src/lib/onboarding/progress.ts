/**
 * How much of a checklist is ticked off, per phase and overall.
 */

import type { PhaseId } from "./items";
import type { Listing } from "./listing";

/** Ticked items out of all items. */
export interface Tally {
  readonly done: number;
  readonly total: number;
  /**
   * Whole percent done, rounded down so it only reads 100 when every item is
   * ticked; 0 for an empty list (never NaN).
   */
  readonly percent: number;
}

/** Progress of one phase. */
export interface PhaseProgress extends Tally {
  readonly id: PhaseId;
}

/** Progress of every phase, in checklist order, and of the whole checklist. */
export interface Progress {
  readonly phases: readonly PhaseProgress[];
  readonly overall: Tally;
}

function tally(done: number, total: number): Tally {
  return { done, total, percent: total === 0 ? 0 : Math.floor((done * 100) / total) };
}

/**
 * Counts the ticked items of a checklist. Ticks are item ids; ids that are not
 * in this checklist (left over from other answers) are ignored here but stay in
 * the reader's store, so they count again if those answers come back.
 */
export function checklistProgress(
  checklist: Listing,
  ticked: Iterable<string>,
): Progress {
  const ticks = new Set(ticked);
  const phases = checklist.phases.map((phase) => {
    const done = phase.items.filter((item) => ticks.has(item.id)).length;
    return { id: phase.id, ...tally(done, phase.items.length) };
  });
  const done = phases.reduce((sum, p) => sum + p.done, 0);
  const total = phases.reduce((sum, p) => sum + p.total, 0);
  return { phases, overall: tally(done, total) };
}
