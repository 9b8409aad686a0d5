// The pack builder's work once the coach asks for the link: every pasted link
// checked with its tool's own part, then the pack link written. Loaded on use.
import { cleanCoachNote } from "~/components/ui/coach-note/coach-note-parts";
import { checkToolLink, type LinkCheck, type PackTool } from "~/lib/pack/check-tool-link";
import { MAX_PACK_LENGTH, packFragment, PACK_PATH } from "~/lib/pack/pack-link";
import { adoptReaderLocale } from "~/stores/locale";
import { loadPackPart } from "./pack-parts";
import { localIsoDate } from "~/lib/format/local-date";

/** What the coach entered. */
export interface PackInput {
  readonly note: string;
  /** What was pasted for each tool id; blank means the tool is left out. */
  readonly pasted: Readonly<Record<string, string>>;
}

/** The pack link, or what is wrong: per tool, or with the pack as a whole. */
export type MadePack =
  | { readonly ok: true; readonly href: string; readonly tools: number }
  | {
      readonly ok: false;
      readonly errors: Readonly<Record<string, Extract<LinkCheck, { ok: false }>>>;
      readonly problem: string | null;
    };

/**
 * Checks every pasted link as its tool reads it (numbers in the coach's
 * locale, as on the tool's page) and writes the pack link on `origin`.
 */
export async function makePack(
  input: PackInput,
  tools: readonly PackTool[],
  origin: string,
): Promise<MadePack> {
  const context = { locale: adoptReaderLocale(), today: localIsoDate(new Date()) };
  const errors: Record<string, Extract<LinkCheck, { ok: false }>> = {};
  const links: { id: string; link: string }[] = [];
  for (const tool of tools) {
    const text = input.pasted[tool.id]?.trim() ?? "";
    if (text === "") continue;
    const check = checkToolLink(text, tool, tools, await loadPackPart(tool.id), context);
    if (check.ok) links.push({ id: tool.id, link: check.link });
    else errors[tool.id] = check;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, problem: null };
  if (links.length === 0) {
    return {
      ok: false,
      errors,
      problem: "Paste a link from at least one tool: a pack of a note alone is an email.",
    };
  }
  const fragment = packFragment({ note: cleanCoachNote(input.note), links });
  if (fragment.length > MAX_PACK_LENGTH) {
    return {
      ok: false,
      errors,
      problem: `Together these links are too long for one pack (${fragment.length.toLocaleString("en-US")} characters, at most ${MAX_PACK_LENGTH.toLocaleString("en-US")}). Leave a tool out, or send it as its own link.`,
    };
  }
  return { ok: true, href: `${origin}${PACK_PATH}#${fragment}`, tools: links.length };
}
