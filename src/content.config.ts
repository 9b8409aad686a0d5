import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { stages } from "~/lib/content/mistake-stages";
import { TOOL_IDS } from "~/lib/tools/tool-catalogue";

const guides = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./src/content/guides" }),
  schema: z.object({
    /** Headline, also the <title>; keep it under about 60 characters. */
    title: z.string().min(5).max(80),
    /** Meta description for search results and link previews (50-160 characters). */
    description: z.string().min(50).max(160),
    /** One or two sentences shown on the guide index under the title. */
    summary: z.string().min(20).max(300),
    /** Position on the reading path, from 1; unique across guides. */
    order: z.number().int().positive(),
    /** The tool this article embeds or leads to, if any (an id from the tool registry). */
    tool: z.enum(TOOL_IDS).optional(),
    /** Ids of the mistakes (src/content/mistakes) this article treats. */
    mistakes: z.array(reference("mistakes")).default([]),
    /** Last substantive revision; shown on the page and in the feed. */
    updated: z.coerce.date(),
  }),
});

const mistakes = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./src/content/mistakes" }),
  schema: z.object({
    /** Short name of the mistake, phrased as the mistake ("Hiring the cheapest bid"). */
    title: z.string().min(5).max(90),
    /** What to do instead, in one or two sentences. */
    fix: z.string().min(20).max(400),
    /** Stage of outsourcing it belongs to, for grouping on /mistakes. */
    stage: z.enum(stages),
    /** Order within its stage, from 1. */
    order: z.number().int().positive(),
    /** The article that treats it. */
    guide: reference("guides"),
    /** Heading id in that article (without #) where it is treated. */
    anchor: z.string().regex(/^[a-z0-9-]+$/),
    /** Source points it draws on, as in shared/sources/README.md (S1.1 … S5.4). */
    sources: z.array(z.string().regex(/^S[1-5]\.[1-9]$/)).min(1),
  }),
});

/**
 * Each registered tool's page body, in the tool's own folder
 * (src/components/<id>/ToolPage.mdx): the tool and what its page explains.
 * Rendered as a content entry so only that tool's styles reach its page and
 * its embed. The entry's id is the tool's id.
 */
const toolPages = defineCollection({
  loader: glob({
    pattern: "*/ToolPage.mdx",
    base: "./src/components",
    generateId: ({ entry }) => entry.split("/")[0]!,
  }),
  schema: z.object({}),
});

export const collections = { guides, mistakes, toolPages };
