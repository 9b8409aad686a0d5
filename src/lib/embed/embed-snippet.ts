// The HTML a coach pastes into their own site to show a tool: an iframe of
// the tool's embed page (with the settings of a tool link they paste, if any)
// and the host script that lets it grow to its content.
import { EMBED_ATTRIBUTE, hostScript } from "./host-script";

/** A tool with an embed page, as the snippet builder offers it (from the tool registry). */
export interface EmbedTool {
  /** Its id: the path segment of /embed/<id>/. */
  readonly id: string;
  /** Its name in the builder's list. */
  readonly label: string;
  /** The iframe's title. */
  readonly frameTitle: string;
}

/** How the embed picks light or dark: the host's choice, or the visitor's system. */
export type EmbedTheme = "auto" | "light" | "dark";

/** What the coach chose in the snippet generator. */
export interface SnippetChoice {
  /** The chosen tool's id. */
  tool: string;
  /** A tool link to take the settings from; blank for the tool's defaults. */
  link: string;
  theme: EmbedTheme;
}

/** The snippet, and what happened to the pasted link. */
export interface Snippet {
  /** The id of the tool embedded: the pasted link's tool when it names one. */
  tool: string;
  /** The embed page's address. */
  src: string;
  /** The iframe element to paste where the tool should appear. */
  iframe: string;
  /** The host script, wrapped in a script element, to paste once per page. */
  script: string;
  /** Why the pasted link's settings were not used, or null. */
  problem: string | null;
}

const TOOL_PATH = /^\/(?:tools|embed)\/([^/]+)\/?$/;

/** Escapes text for a double-quoted HTML attribute. */
const attribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * Builds the embed snippet for `choice` on the site at `origin`, among
 * `tools`. A pasted link to any of them (its page or its embed, on this
 * origin) gives the tool and its settings; anything else is reported and left out.
 */
export function embedSnippet(
  choice: SnippetChoice,
  origin: string,
  tools: readonly EmbedTool[],
): Snippet {
  let tool = choice.tool;
  let search = new URLSearchParams();
  let hash = "";
  let problem: string | null = null;
  const pasted = choice.link.trim();
  if (pasted !== "") {
    let url: URL | null = null;
    try {
      url = new URL(pasted, origin);
    } catch {
      url = null;
    }
    const named =
      url && url.origin === origin ? TOOL_PATH.exec(url.pathname)?.[1] : undefined;
    if (url && named !== undefined && tools.some((known) => known.id === named)) {
      tool = named;
      search = new URLSearchParams(url.search);
      hash = url.hash;
    } else {
      problem =
        "That is not a link to one of the Handoff tools, so the embed starts from the tool's usual values.";
    }
  }
  search.delete("theme");
  if (choice.theme !== "auto") search.set("theme", choice.theme);
  const query = search.toString();
  const src = `${origin}/embed/${tool}/${query ? `?${query}` : ""}${hash}`;
  const iframe = `<iframe src="${attribute(src)}" title="${attribute(tools.find((known) => known.id === tool)?.frameTitle ?? "Handoff")}" loading="lazy" width="100%" height="700" style="border: 0; display: block" ${EMBED_ATTRIBUTE}></iframe>`;
  return {
    tool,
    src,
    iframe,
    script: `<script>\n${hostScript(origin)}\n</script>`,
    problem,
  };
}
