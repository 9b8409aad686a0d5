// robots.txt: every page may be crawled, and the sitemap lists them. The embeds
// are left crawlable on purpose: they carry `noindex`, which a crawler can only
// read on a page it is allowed to fetch.
import type { APIRoute } from "astro";

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL("sitemap-index.xml", site ?? "https://handoff.example");
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
