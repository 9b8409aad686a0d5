import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getCollection } from "astro:content";
import { byReadingOrder } from "~/lib/content/reading-path";

/** The guides as an RSS feed, in reading order, dated by their last update. */
export async function GET(context: APIContext) {
  const guides = byReadingOrder(await getCollection("guides"));
  return rss({
    title: "Handoff: the guide to outsourcing well",
    description:
      "Practical articles for small-business owners and freelancers on handing work to contractors.",
    site: context.site ?? "https://handoff.example",
    items: guides.map((guide) => ({
      title: guide.data.title,
      description: guide.data.summary,
      pubDate: guide.data.updated,
      link: `/guide/${guide.id}/`,
    })),
  });
}
