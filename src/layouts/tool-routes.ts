// What the two routes that make a page per registered tool share: one page
// per registry entry, and that tool's ToolPage.mdx (src/components/<id>/),
// rendered as an entry of the toolPages collection so Astro brings only that
// tool's styles to its pages. Imported into the route through import.meta.glob
// instead, every tool's stylesheet would land on every tool page.
import { getEntry, render } from "astro:content";
import { TOOLS, type ToolInfo } from "~/lib/tools/tool-catalogue";

/** getStaticPaths for a route with a `[tool]` parameter: one page per tool. */
export const toolRoutes = () =>
  TOOLS.map((tool) => ({ params: { tool: tool.id }, props: { tool } }));

/** The tool's ToolPage.mdx, ready to render in a part ("tool", "about" or "embed"). */
export async function toolPageContent(tool: ToolInfo) {
  const entry = await getEntry("toolPages", tool.id);
  if (!entry)
    throw new Error(
      `The tool "${tool.id}" is in the registry but has no src/components/${tool.id}/ToolPage.mdx (README, "Adding a tool").`,
    );
  return (await render(entry)).Content;
}
