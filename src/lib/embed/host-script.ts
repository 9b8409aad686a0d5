// The few lines a host page needs so a Handoff iframe grows to its content.
// The embed (src/components/embed/embed-frame.ts) posts its height; this
// script, pasted once into the host page, sets the height of the iframe that
// sent it. It is plain ES5 so it runs on any page, checks who sent the
// message, and ignores anything that is not a sensible height.

/** The message type an embed posts with its height. */
export const HEIGHT_MESSAGE_TYPE = "handoff:height";

/** The attribute that marks an iframe as a Handoff embed on the host page. */
export const EMBED_ATTRIBUTE = "data-handoff-embed";

/** The tallest height the host script accepts, in CSS pixels. */
export const MAX_EMBED_HEIGHT = 20000;

/**
 * The host-page script, as text to paste into a `<script>` element. Only
 * messages from `origin` (Handoff's origin, e.g. "https://handoff.example"),
 * sent by one of the page's marked iframes, change anything.
 */
export function hostScript(origin: string): string {
  return `(function () {
  var origin = ${JSON.stringify(origin)};
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== ${JSON.stringify(HEIGHT_MESSAGE_TYPE)}) return;
    var height = Number(data.height);
    if (!(height > 0 && height <= ${MAX_EMBED_HEIGHT})) return;
    var frames = document.querySelectorAll("iframe[${EMBED_ATTRIBUTE}]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + "px";
      }
    }
  });
})();`;
}
