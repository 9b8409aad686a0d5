import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { stages } from "~/lib/content/mistake-stages";
import { pathStages } from "~/lib/content/path-stages";
import { TOOL_IDS } from "~/lib/tools/tool-catalogue";

/** An official page a guide's facts were checked against, and when. */
const officialSource = z.object({
  /** Who publishes it and what it is, as the reader will see it ("IRS: About Form W-9"). */
  name: z.string().min(5).max(120),
  /** Its address; https only, so no reader is sent to an insecure copy. */
  url: z.url({ protocol: /^https$/ }),
  /** The day we last read the page and confirmed the facts the guide takes from it. */
  checked: z.coerce.date(),
});

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
    /** The stage of the reading path it belongs to (home page, /start/). */
    stage: z.enum(pathStages),
    /** The tool this article embeds or leads to, if any (an id from the tool registry). */
    tool: z.enum(TOOL_IDS).optional(),
    /**
     * Ids of the mistakes (src/content/mistakes) this article helps a reader
     * avoid: every mistake that points here, and others it adds to. Shown as
     * "Mistakes this guide helps you avoid"; the source articles it draws on
     * are those the listed mistakes cite.
     */
    mistakes: z.array(reference("mistakes")).default([]),
    /**
     * Official pages the article's legal, tax or platform facts come from,
     * listed at its end with the date each was last checked. Every link to
     * another site in the article must be one of these (a unit test holds it).
     */
    officialSources: z.array(officialSource).default([]),
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

const checklists = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./src/content/checklists" }),
  schema: z.object({
    /** Heading of the printable sheet, also its <title>. */
    title: z.string().min(5).max(80),
    /** Meta description (50-160 characters). */
    description: z.string().min(50).max(160),
    /** One or two sentences under the heading: when to use the sheet. */
    intro: z.string().min(20).max(300),
    /** Labels of the blanks to fill in by hand at the top ("Contractor", "Start date"). */
    fields: z.array(z.string().min(2).max(40)).max(6).default([]),
    /** The guide that explains every line, linked from the sheet. */
    guide: reference("guides"),
    /** Groups of tick boxes, each under a short heading; kept to one printed page. */
    groups: z
      .array(
        z.object({
          /** Short heading of the group ("Scope and acceptance"). */
          heading: z.string().min(3).max(60),
          /** The lines to tick, each one short enough for one or two printed lines. */
          items: z.array(z.string().min(5).max(160)).min(1),
        }),
      )
      .min(1),
    /** Last substantive revision, shown on the sheet. */
    updated: z.coerce.date(),
  }),
});

export const collections = { guides, mistakes, toolPages, checklists };
