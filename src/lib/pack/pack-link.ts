// The coach's client pack travels as one link to /pack/, all of it in the
// fragment, which browsers never send to a server:
//
//   /pack/#pack=1&note=<note>&<tool id>=<that tool's link>&…
//
// `pack` is the format's version. Each tool's value is the query and fragment
// of the tool's own shared link ("?v=1&…#…", URL-encoded once more), so a
// tool's link format stays the tool's own; the page opens the tool with it.
// This module only takes the envelope apart: each tool's value is read with
// the tool's own codec (src/lib/<id>/pack-part.ts).
// The note is cleaned by the coach-note code the tools use, which callers pass
// in (it loads with the tools' note parts), so a pack's note is read exactly
// as a tool link's note is.

/** Makes a note safe to show as plain text; see cleanCoachNote in src/lib/coaches/coach-note.ts. */
export type CleanNote = (raw: string) => string;

/** The longest note, in characters (as src/lib/coaches/coach-note.ts). */
const NOTE_MAX_LENGTH = 280;

/** The version of the pack format this site writes and reads. */
export const PACK_VERSION = 1;

/** The fragment keys of the envelope itself. */
export const PACK_KEY = "pack";
export const PACK_NOTE_KEY = "note";

/**
 * The longest pack link fragment, in characters: room for every tool at its
 * fullest, and short enough that a pasted book never reaches the page.
 */
export const MAX_PACK_LENGTH = 30_000;

/** The path of the pack page. */
export const PACK_PATH = "/pack/";

/** What a pack carries: a note and tool links by tool id, in the registry's order. */
export interface Pack {
  readonly note: string;
  /** Tool id and the query and fragment of its link ("?v=1&…#…"). */
  readonly links: readonly { readonly id: string; readonly link: string }[];
}

/** A pack link as read: the pack, or why it cannot be shown. */
export type PackReading =
  | { readonly ok: true; readonly pack: Pack; readonly notices: readonly string[] }
  | { readonly ok: false; readonly problem: string };

const ASK_AGAIN = "Ask your coach to send the link again.";

/**
 * A key from a link, shown in a notice: a short plain name as it is, anything
 * else described rather than repeated (the notice is text either way).
 */
const named = (key: string) =>
  /^[a-z0-9-]{1,40}$/i.test(key) ? `“${key}”` : "a part with an unusual name";

/** The fragment ("pack=1&…", no "#") for `pack`, its note already cleaned; tools in the order given. */
export function packFragment(pack: Pack): string {
  const params = new URLSearchParams();
  params.set(PACK_KEY, String(PACK_VERSION));
  if (pack.note !== "") params.set(PACK_NOTE_KEY, pack.note);
  for (const { id, link } of pack.links) params.set(id, link);
  return params.toString();
}

/**
 * Reads a pack link's fragment (`hash`, with or without "#") against the
 * registered tool ids. Refuses, with a message saying what to do, a fragment
 * too long, without a pack, of a newer or unreadable version, or carrying
 * nothing; ignores, with a notice each, unknown keys, repeated keys and tool
 * values that are not a link's query or fragment. The note comes back cleaned
 * (plain text, cut to length). Never throws.
 */
export function readPack(
  hash: string,
  toolIds: readonly string[],
  cleanNote: CleanNote,
): PackReading {
  const text = hash.replace(/^#/, "");
  if (text.length > MAX_PACK_LENGTH) {
    return {
      ok: false,
      problem: `This pack link is too long to be one Handoff made (${text.length.toLocaleString("en-US")} characters; a pack has at most ${MAX_PACK_LENGTH.toLocaleString("en-US")}). ${ASK_AGAIN}`,
    };
  }
  if (text === "") {
    return {
      ok: false,
      problem:
        "There is no pack here yet. This page shows the tools a coach filled in for you, when you open the link they sent.",
    };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { ok: false, problem: `This pack link is damaged. ${ASK_AGAIN}` };
  }
  const version = params.get(PACK_KEY);
  if (version === null) {
    return {
      ok: false,
      problem: `This link has no pack in it: part of it may have been cut off when it was copied. ${ASK_AGAIN}`,
    };
  }
  if (!/^\d{1,9}$/.test(version) || Number(version) < 1) {
    return {
      ok: false,
      problem: `This pack link is damaged: its version is not one Handoff writes. ${ASK_AGAIN}`,
    };
  }
  if (Number(version) > PACK_VERSION) {
    return {
      ok: false,
      problem:
        "This pack was made by a newer version of Handoff. Reload the page to get the newer version; if this message stays, ask your coach to send the link again.",
    };
  }

  const notices: string[] = [];
  const seen = new Set<string>();
  const links: { id: string; link: string }[] = [];
  let note = "";
  for (const [key, value] of params) {
    if (seen.has(key)) {
      notices.push(`Ignored a second ${named(key)} in the link: the first counts`);
      continue;
    }
    seen.add(key);
    if (key === PACK_KEY) continue;
    if (key === PACK_NOTE_KEY) {
      note = cleanNote(value);
      if (value.trim().length > NOTE_MAX_LENGTH) {
        notices.push(`The note was cut to ${NOTE_MAX_LENGTH} characters`);
      }
      continue;
    }
    if (!toolIds.includes(key)) {
      notices.push(`Ignored ${named(key)}: not a tool on this site`);
      continue;
    }
    if (!/^[?#]/.test(value)) {
      notices.push(
        `Ignored the part for ${named(key)}: it is not a tool's link settings`,
      );
      continue;
    }
    links.push({ id: key, link: value });
  }
  if (links.length === 0 && note === "") {
    return {
      ok: false,
      problem: `This pack is empty: it holds no tools and no note. ${ASK_AGAIN}`,
    };
  }
  // The registry's order, whatever order the link had.
  links.sort((a, b) => toolIds.indexOf(a.id) - toolIds.indexOf(b.id));
  return { ok: true, pack: { note, links }, notices };
}

/**
 * The address of `link` (a tool's query and fragment) on the tool's page
 * `path`. Only the query and fragment are taken from the link, so a pack can
 * never send the reader to another page or site.
 */
export function toolLinkHref(path: string, link: string): string {
  const url = new URL(link, `https://handoff.invalid${path}`);
  return `${path}${url.search}${url.hash}`;
}
