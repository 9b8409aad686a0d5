/**
 * The tool's own page with the embed's settings: the embed's query and
 * fragment (the scorecard keeps names after "#") carried over to `toolPath`,
 * minus `theme`, which only the embed reads.
 */
export function openInHandoffUrl(embedUrl: URL, toolPath: string): URL {
  const target = new URL(toolPath, embedUrl);
  const params = new URLSearchParams(embedUrl.search);
  params.delete("theme");
  target.search = params.toString();
  target.hash = embedUrl.hash;
  return target;
}
