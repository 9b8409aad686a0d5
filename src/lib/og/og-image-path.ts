// Where a page's link-preview picture lives: one PNG per page under /og/,
// named after the page's path, made at build time by scripts/og-images.mjs.

/**
 * The path of a page's preview picture: `/` is `/og/home.png`,
 * `/guide/x/` is `/og/guide/x.png`, `/404.html` is `/og/404.png`.
 * @param pagePath the page's URL path
 */
export function ogImagePath(pagePath: string): string {
  const name = pagePath.replace(/^\/|\/$/g, "").replace(/\.html$/, "") || "home";
  return `/og/${name}.png`;
}
