// Every registered tool's pack part, found by name (src/components/<id>/pack-part.ts)
// and loaded on demand, so the parts and the tools' codecs stay out of every
// page's first download.
import type { PackPart } from "~/lib/pack/pack-types";

const parts = import.meta.glob<{ packPart: PackPart<unknown, unknown> }>(
  "../*/pack-part.ts",
);

/** The pack part of the tool `id`; throws when the tool has none. */
export async function loadPackPart(id: string): Promise<PackPart<unknown, unknown>> {
  const load = parts[`../${id}/pack-part.ts`];
  if (!load)
    throw new Error(
      `The tool "${id}" is in the registry but has no src/components/${id}/pack-part.ts (README, "Adding a tool").`,
    );
  return (await load()).packPart;
}
