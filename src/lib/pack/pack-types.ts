// What each tool gives the coach's client pack: src/components/<id>/pack-part.ts,
// found by name (Vite's import.meta.glob) by the pack builder on the coaches'
// page and by the /pack/ page. A tool added to the registry brings its own,
// and neither page changes (README, "Adding a tool"). A part reads and writes
// links through the tool's own link format (the one its store loads), so a
// pack reads a link exactly as the tool will, and sums it up with the tool's
// own summary (src/lib/<id>/summary.ts).

/** What a part needs to read a link and sum it up. */
export interface PackContext {
  /** The reader's locale, for numbers and dates. */
  readonly locale: string;
  /** The reader's local calendar date, "YYYY-MM-DD". */
  readonly today: string;
}

/** One tool's part of the pack. */
export interface PackPart<S, H> {
  /**
   * Reads the tool's own shared link with the tool's own link format, from
   * the tool's starting state, as the tool does when the link is opened. Null when
   * the link carries none of the tool's settings. Never throws.
   */
  read(url: URL, context: PackContext): { state: S; notices: readonly string[] } | null;
  /**
   * The tool's own link for `state`, without its page or any note: the query
   * and fragment ("?v=1&…" or "?v=1&…#…"), as its Copy link writes them.
   */
  write(state: S, context: PackContext): string;
  /**
   * What the summary page's section for this tool shows
   * (src/components/<id>/SummarySection.tsx), through the tool's own model;
   * null when the state holds nothing to sum up yet.
   */
  summarize(state: S, context: PackContext): H | null;
}

/** The query and fragment of `url`, as a part writes them. */
export const queryAndFragment = (url: URL): string => `${url.search}${url.hash}`;

/** A placeholder origin for a tool's link builders, which want a page URL. */
export const LINK_BASE = "https://handoff.invalid/";
