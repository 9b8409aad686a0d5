// The client's view of a coach's pack (/pack/), loaded by the Pack island. Everything it shows comes from
// the address's fragment, which never leaves the browser: the coach's note,
// and for each tool it carries the tool's own summary (its section of the
// summary page, src/components/<id>/SummarySection.tsx) computed from the
// link by the tool's own part (src/lib/<id>/pack-part.ts), with a link that
// opens the tool in that state. Opening it is a shared link like any other:
// the client's own saved work is not replaced.
import type { ComponentType, VNode } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { SummaryTool } from "~/components/summary/summary-parts";
import { localIsoDate } from "~/lib/format/local-date";
import { readPack, toolLinkHref, type PackReading } from "~/lib/pack/pack-link";
import { cleanCoachNote } from "~/components/ui/coach-note/coach-note-parts";
import { adoptReaderLocale } from "~/stores/locale";
import { loadPackPart } from "./pack-parts";
import type { PackContext } from "~/lib/pack/pack-types";

interface Props {
  /** The registered tools, in the registry's order. */
  tools: readonly SummaryTool[];
}

type Section = ComponentType<{ tool: SummaryTool; summary: unknown }>;

const sections = import.meta.glob<{ SummarySection: Section }>("../*/SummarySection.tsx");

async function loadSection(id: string): Promise<Section> {
  const load = sections[`../${id}/SummarySection.tsx`];
  if (!load) throw new Error(`No src/components/${id}/SummarySection.tsx`);
  return (await load()).SummarySection;
}

/** One tool's part of the pack, read and summed up. */
async function toolPart(
  tool: SummaryTool,
  link: string,
  context: PackContext,
): Promise<VNode> {
  const [part, SummarySection] = await Promise.all([
    loadPackPart(tool.id),
    loadSection(tool.id),
  ]);
  const href = toolLinkHref(tool.path, link);
  const read = part.read(new URL(href, location.href), context);
  const summary = read && part.summarize(read.state, context);
  return (
    <div class="pack-tool" key={tool.id}>
      {summary ? (
        <SummarySection tool={tool} summary={summary} />
      ) : (
        <section class="summary-section" aria-labelledby={`sum-${tool.id}`}>
          <h2 id={`sum-${tool.id}`}>{tool.name}</h2>
          <p>
            {read
              ? `Your coach's link opens the ${tool.shortName} at its starting values.`
              : `This part of the pack holds none of the ${tool.shortName}'s values; ask your coach to add it again.`}
          </p>
        </section>
      )}
      {read && read.notices.length > 0 && (
        <div class="pack-notices">
          <p>
            Some of your coach's values could not be used, so the tool leaves them out:
          </p>
          <ul>
            {read.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="pack-open">
        <a href={href} data-pack-open={tool.id}>
          Open the {tool.shortName} with these values
        </a>
        <span class="muted"> (what you saved there yourself stays as it is)</span>
      </p>
    </div>
  );
}

async function readParts(
  reading: Extract<PackReading, { ok: true }>,
  tools: readonly SummaryTool[],
): Promise<VNode[]> {
  const context: PackContext = {
    // The tools' link formats read numbers in the reader's locale, as on their pages.
    locale: adoptReaderLocale(),
    today: localIsoDate(new Date()),
  };
  return Promise.all(
    reading.pack.links.flatMap(({ id, link }) => {
      const tool = tools.find((candidate) => candidate.id === id);
      return tool ? [toolPart(tool, link, context)] : [];
    }),
  );
}

export function PackView({ tools }: Props) {
  const [reading, setReading] = useState<PackReading | null>(null);
  const [parts, setParts] = useState<VNode[] | null>(null);
  useEffect(() => {
    const read = () => {
      const next = readPack(
        location.hash,
        tools.map((tool) => tool.id),
        cleanCoachNote,
      );
      setReading(next);
      setParts(null);
      if (next.ok) void readParts(next, tools).then(setParts);
    };
    read();
    // A new pack pasted into the address bar does not reload the page.
    addEventListener("hashchange", read);
    return () => removeEventListener("hashchange", read);
  }, [tools]);

  if (!reading) return <p class="summary-loading">Opening the pack…</p>;
  if (!reading.ok) {
    return (
      <div class="pack-problem card" role="alert">
        <p>{reading.problem}</p>
      </div>
    );
  }
  const { note, links } = reading.pack;
  return (
    <div class="summary pack">
      {note !== "" && (
        <div class="pack-note card">
          <h2>From your coach</h2>
          {/* Plain text, exactly as the coach typed it: never markup. */}
          <p data-pack-note>{note}</p>
        </div>
      )}
      {reading.notices.length > 0 && (
        <div class="pack-notices">
          <p>Parts of this link were left out:</p>
          <ul>
            {reading.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      )}
      {links.length === 0 ? (
        <p>Your coach sent a note only, with no tools filled in.</p>
      ) : (
        (parts ?? <p class="summary-loading">Reading the tools…</p>)
      )}
      <p class="no-print">
        <button type="button" onClick={() => print()}>
          Print this pack
        </button>
      </p>
    </div>
  );
}
