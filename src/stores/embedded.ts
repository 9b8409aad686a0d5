import { atom } from "nanostores";

/**
 * Whether the tools on this page run inside an embed on someone else's site.
 * An embed never reads or writes the reader's saved work: each tool's session
 * asks this store at start, and a tool's start action sets it.
 */
export const $embedded = atom(false);

/** What a tool's start action accepts besides its own arguments. */
export interface StartOptions {
  /** The tool runs in an embed (no saved state read or written). */
  embedded?: boolean;
}
