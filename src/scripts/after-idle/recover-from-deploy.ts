// Keeps a page working when its build's scripts are gone (a deploy while the
// tab was open): the decision is src/lib/deploy/deploy-recovery.ts; this
// listens for the failures and shows what the reader needs to know.
//
// Installed once the page is idle, so it also looks back: a script that
// answered 404 before then shows in the resource timings (Chromium, Firefox).
// After that, the failures come as events: Vite's `vite:preloadError` for an
// on-demand import, Astro's `astro:hydration-error` for an island, and an
// unhandled rejection for anything else imported.
import {
  isMissingScript,
  JUST_RELOADED_KEY,
  recoveryFor,
  scriptsOf,
} from "../../lib/deploy/deploy-recovery";

function session(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

/** A small box at the foot of the screen; modal when the reader must act. */
function tell(heading: string, text: string, offerReload: boolean): void {
  // One box at a time: a failure after the reload replaces its note.
  document.getElementById("deploy-note")?.remove();
  const box = document.createElement("dialog");
  box.id = "deploy-note";
  box.className = "card";
  // CSSOM, which the CSP allows (a style attribute it would not).
  box.style.position = "fixed";
  box.style.bottom = "1rem";
  box.style.zIndex = "20";
  box.style.maxWidth = "min(32rem, calc(100% - 2rem))";
  box.setAttribute("aria-labelledby", "deploy-note-heading");
  const title = document.createElement("h2");
  title.id = "deploy-note-heading";
  title.textContent = heading;
  const body = document.createElement("p");
  body.textContent = text;
  const actions = document.createElement("p");
  if (offerReload) {
    const reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = "Reload the page";
    reload.addEventListener("click", () => location.reload());
    actions.append(reload, " ");
  }
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Close";
  close.addEventListener("click", () => box.close());
  actions.append(close);
  box.append(title, body, actions);
  box.addEventListener("close", () => box.remove());
  document.body.append(box);
  if (offerReload) box.showModal();
  else box.show();
}

/** Starts watching for missing scripts, and says why the page just reloaded. */
export function recoverFromDeploy(): void {
  let handled = false;
  const recover = () => {
    if (handled) return;
    handled = true;
    if (
      recoveryFor(session(), scriptsOf(document.documentElement.outerHTML)) === "reload"
    )
      location.reload();
    else
      tell(
        "Part of this page did not load",
        "Handoff may have been updated since this page opened, or the connection dropped. What you entered is kept in this browser and in the page's address. Reload the page to try again; if this box comes back, try again in a few minutes.",
        true,
      );
  };

  try {
    if (sessionStorage.getItem(JUST_RELOADED_KEY)) {
      sessionStorage.removeItem(JUST_RELOADED_KEY);
      tell(
        "Handoff was updated",
        "A new version of the site came out while this page was open, so the page reloaded to use it. What you entered is as you left it.",
        false,
      );
    }
  } catch {
    // Without storage there was no reload to explain.
  }

  addEventListener("vite:preloadError", recover);
  addEventListener("astro:hydration-error", (event) => {
    if (isMissingScript((event as CustomEvent<{ error: unknown }>).detail?.error))
      recover();
  });
  addEventListener("unhandledrejection", (event) => {
    if (isMissingScript(event.reason)) recover();
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[])
        if (entry.name.includes("/_astro/") && entry.responseStatus >= 400) recover();
    }).observe({ type: "resource", buffered: true });
  } catch {
    // A browser without resource timings still has the events.
  }
}
