// What an embed page does for the page that frames it: posts the height of
// its content whenever it changes (the host script in
// src/lib/embed/host-script.ts sets the iframe's height from it), and keeps
// the "Open in Handoff" link pointing at the tool's page with the settings on
// screen, which the tool keeps in the address bar.
import { heightTargetOrigin } from "~/lib/embed/height-target-origin";
import { openInHandoffUrl } from "~/lib/embed/open-in-handoff-url";

const root = document.documentElement;
let lastHeight = 0;
const parentOrigin = heightTargetOrigin(location.ancestorOrigins?.[0], document.referrer);

// The type is HEIGHT_MESSAGE_TYPE of src/lib/embed/host-script.ts, written
// out so this page does not download the host script's text; the browser
// test of embeds checks that the two agree.
function postHeight(): void {
  // The root's box is as tall as the content (the embed sets no min-height),
  // so it shrinks as well as grows, unlike scrollHeight.
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  parent.postMessage({ type: "handoff:height", height }, parentOrigin);
}

if (parent !== window) {
  new ResizeObserver(postHeight).observe(document.body);
  postHeight();
}

const link = document.querySelector<HTMLAnchorElement>("a[data-open-in-handoff]");
if (link) {
  const toolPath = link.getAttribute("href") ?? "/";
  const refresh = () => {
    link.href = openInHandoffUrl(new URL(location.href), toolPath).href;
  };
  refresh();
  // The address changes as the reader edits; read it again just before use
  // (a pointer press or keyboard focus always comes before a click).
  link.addEventListener("pointerdown", refresh);
  link.addEventListener("focus", refresh);
}
