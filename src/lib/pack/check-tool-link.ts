// The pack builder's check of one link a coach pasted: that it is a link to
// the right tool, and that the tool's own codec reads all of it.
import type { PackContext, PackPart } from "./pack-types";

/** A registered tool as the builder names it. */
export interface PackTool {
  readonly id: string;
  readonly shortName: string;
  readonly path: string;
}

/** A pasted link, checked: the tool's canonical link, or what is wrong with it. */
export type LinkCheck =
  | { readonly ok: true; readonly link: string }
  | { readonly ok: false; readonly problem: string; readonly details: readonly string[] };

/** The longest pasted link read, in characters; a tool's fullest link is far shorter. */
export const MAX_PASTED_LENGTH = 20_000;

const COPY_AGAIN = "press Copy link there and paste the link here again";

/**
 * Checks `text`, pasted for `tool`: a link (any site address, as long as the
 * page is the tool's) that the tool's own codec reads without ignoring
 * anything. Returns the tool's own canonical link for its state, without any
 * note (the pack has one note of its own).
 */
export function checkToolLink(
  text: string,
  tool: PackTool,
  tools: readonly PackTool[],
  part: PackPart<unknown, unknown>,
  context: PackContext,
): LinkCheck {
  const fail = (problem: string, details: readonly string[] = []): LinkCheck => ({
    ok: false,
    problem,
    details,
  });
  const pasted = text.trim();
  if (pasted.length > MAX_PASTED_LENGTH) {
    return fail(
      `This is too long to be a link from the ${tool.shortName}. Open the ${tool.shortName}, ${COPY_AGAIN}.`,
    );
  }
  let url: URL;
  try {
    url = new URL(pasted);
  } catch {
    return fail(
      `This is not a link. Open the ${tool.shortName}, ${COPY_AGAIN}; it starts with https://.`,
    );
  }
  if (url.pathname !== tool.path) {
    const other = tools.find((candidate) => candidate.path === url.pathname);
    return fail(
      other
        ? `This is a link to the ${other.shortName}, not the ${tool.shortName}. Paste it in the box for the ${other.shortName}.`
        : `This is not a link to the ${tool.shortName} (its address contains ${tool.path}). Open the ${tool.shortName}, ${COPY_AGAIN}.`,
    );
  }
  const read = part.read(url, context);
  if (read === null) {
    return fail(
      `This link has none of the ${tool.shortName}'s values in it. Enter your client's figures in the ${tool.shortName}, then ${COPY_AGAIN}.`,
    );
  }
  if (read.notices.length > 0) {
    return fail(
      `The ${tool.shortName} cannot use all of this link. Fix these in the ${tool.shortName}, then ${COPY_AGAIN}:`,
      read.notices,
    );
  }
  return { ok: true, link: part.write(read.state, context) };
}
