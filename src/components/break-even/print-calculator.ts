// What the calculator's Print button runs, loaded on its first press: the
// chart and the table load only when scrolled into view, so they are asked to
// show now (WhenVisible's "handoff:show-parts"), and the page prints once both
// are drawn, without moving the reader. While printing, only the calculator is
// printed (html.print-calculator, break-even.css).

/** Resolves once `selector` matches something in `root`. */
function whenPresent(root: Element, selector: string): Promise<void> {
  if (root.querySelector(selector)) return Promise.resolve();
  return new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector(selector)) return;
      observer.disconnect();
      done();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** Prints the calculator that holds `button`, chart and table included. */
export async function printCalculator(button: Element): Promise<void> {
  const tool = button.closest(".break-even");
  if (!tool) return;
  dispatchEvent(new Event("handoff:show-parts"));
  await Promise.all([whenPresent(tool, ".chart svg"), whenPresent(tool, ".worth table")]);
  const root = document.documentElement;
  root.classList.add("print-calculator");
  addEventListener("afterprint", () => root.classList.remove("print-calculator"), {
    once: true,
  });
  print();
}
