// Renders a part of a tool only once it scrolls near the viewport, loading its
// code then. The verdict never waits for the chart, and a reader who never
// scrolls down never downloads it. The slot keeps its height so nothing jumps.
// A "handoff:show-parts" event on window shows every waiting part at once,
// for printing a tool whole (break-even/print-calculator.ts).
import type { ComponentType } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";

interface Props {
  /** Loads the part's component, e.g. () => import("./Charts").then((m) => m.Charts). */
  load: () => Promise<ComponentType>;
  /** Class of the placeholder, which reserves the part's usual height. */
  placeholderClass: string;
  /** An id the part has once loaded, so a link to it works before it has. */
  placeholderId?: string;
}

export function WhenVisible({ load, placeholderClass, placeholderId }: Props) {
  const [Part, setPart] = useState<ComponentType | null>(null);
  const slot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = slot.current;
    if (!element) return;
    let cancelled = false;
    const show = () =>
      void load().then((component) => !cancelled && setPart(() => component));
    if (typeof IntersectionObserver === "undefined") {
      show();
      return;
    }
    const reveal = () => {
      observer.disconnect();
      removeEventListener("handoff:show-parts", reveal);
      show();
    };
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && reveal(),
      { rootMargin: "200px" },
    );
    observer.observe(element);
    addEventListener("handoff:show-parts", reveal);
    return () => {
      cancelled = true;
      observer.disconnect();
      removeEventListener("handoff:show-parts", reveal);
    };
  }, [load]);
  return Part ? <Part /> : <div ref={slot} class={placeholderClass} id={placeholderId} />;
}
