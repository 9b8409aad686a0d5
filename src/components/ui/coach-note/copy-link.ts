// What "Copy link" does once pressed: build the link, add the coach's note
// from the note box if one was written, and put it on the clipboard. Loaded
// with the other coach-note parts on first use, as most readers never share.
import { withCoachNote } from "~/lib/coaches/coach-note";

/** What Copy link tells the reader: done, or the link to copy by hand. */
export interface CopyStatus {
  text: string;
  url?: string;
}

/**
 * Copies the link `getUrl` builds, with the note typed in `box`'s textarea if
 * any; when `blockedReason` is set, copies nothing and says that instead.
 */
export async function copyLink(
  getUrl: () => Promise<string>,
  box: Element | null,
  blockedReason?: string | null,
): Promise<CopyStatus> {
  if (blockedReason) return { text: blockedReason };
  let url = await getUrl();
  const note = box?.querySelector("textarea")?.value.trim();
  if (note) url = withCoachNote(url, note);
  try {
    await navigator.clipboard.writeText(url);
    return { text: "Link copied. Anyone who opens it sees exactly these values." };
  } catch {
    return { text: "Copy this link:", url };
  }
}
