/**
 * The absolute address of a guide section, for files that leave the site
 * (Markdown, CSV, calendar) where a bare path would lead nowhere.
 */
export function guideUrl(siteUrl: string, guide: string): string {
  // Joined as text, not with new URL(), so an odd siteUrl can never throw.
  return siteUrl.replace(/\/+$/, "") + guide;
}
