// client:afterpaint — hydrate as soon as the page has painted, not before.
//
// With client:load an island's scripts are requested while the page is still
// being parsed, so on a slow phone they compete with the first paint for the
// network and, when they arrive early, run before it: the reader waits longer
// for words that are already in the HTML. The tools' pages are read first and
// used second, so their islands start loading once the browser reports the
// first contentful paint on screen, a moment before anyone can type. A page
// that is not shown (a background tab, a hidden frame) paints when it is, and
// hydrates then.
import type { ClientDirective } from "astro";

const afterPaint: ClientDirective = (load) => {
  const hydrate = async () => (await load())();
  // Browsers that do not report paints hydrate at once, as with client:load.
  if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes("paint"))
    return void hydrate();
  const observer = new PerformanceObserver((paints) => {
    if (paints.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    void hydrate();
  });
  observer.observe({ type: "paint", buffered: true });
};

export default afterPaint;
