// What a tool keeps in this browser, described once so that its store, the
// summary page and the backup file all read it through the same validator.
// Each tool exports one as `savedData` from src/lib/<id>/saved-data.ts, found by name.

/** One tool's stored record: where it lives and how to read it safely. */
export interface SavedRecord<S> {
  /** localStorage key, e.g. "handoff:break-even". */
  readonly key: string;
  /** Version of the stored shape (the envelope's "v"). */
  readonly version: number;
  /** Builds a state from untrusted data, or null; never throws. */
  readonly validate: (data: unknown) => S | null;
  /** Upgrades data from an older version, when the tool has such a step. */
  readonly migrate?: (data: unknown, fromVersion: number) => unknown;
  /** What the record holds, for a reader deciding what a restore replaces ("3 candidates, 2 rated"). */
  readonly describe: (state: S) => string;
  /** Whether the state holds work a reader would be sorry to lose (a tick, a rating). */
  readonly worthKeeping: (state: S) => boolean;
}
