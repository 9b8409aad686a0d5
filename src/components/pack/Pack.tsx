// The /pack/ page's island. The view, the pack format and the tools' parts
// load right after, as their own chunks: nothing a tool page downloads first
// is shared with them.
import type { FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { SummaryTool } from "~/components/summary/summary-parts";

interface Props {
  /** The registered tools, in the registry's order. */
  tools: readonly SummaryTool[];
}

export default function Pack({ tools }: Props) {
  const [View, setView] = useState<FunctionComponent<Props> | null>(null);
  useEffect(() => {
    void import("./PackView").then((m) => setView(() => m.PackView));
  }, []);
  return View ? <View tools={tools} /> : <p class="summary-loading">Opening the pack…</p>;
}
