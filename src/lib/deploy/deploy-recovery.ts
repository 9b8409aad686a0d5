// What a page does when one of its build's scripts is missing, which is what a
// deploy does to a tab left open: the new build's files have new names, and
// the old ones are gone. Reloading fetches the new page with its new scripts;
// the reader's state survives it, as every tool keeps it in storage or in the
// address. The reload is tried once per version of the page: if the page that
// comes back names the same scripts, reloading again cannot help, and the
// reader is told instead. That rule can never loop.

/** sessionStorage key: the scripts of the page last reloaded for a missing one. */
export const RELOADED_FROM_KEY = "handoff:reloaded-from";
/** sessionStorage key: set just before such a reload, so the new page can say why. */
export const JUST_RELOADED_KEY = "handoff:just-reloaded";

/** The messages browsers give when a module script cannot be fetched. */
const MODULE_FAILURE =
  /fetch dynamically imported module|loading dynamically imported module|module script failed/i;

/**
 * Whether an error is a script that could not be loaded (rather than one that
 * ran and failed).
 * @param reason an error from a rejected import or a failed hydration
 */
export function isMissingScript(reason: unknown): boolean {
  return reason instanceof Error && MODULE_FAILURE.test(reason.message);
}

/**
 * The version of a page: the build's script names it refers to (islands,
 * script tags, preloads and inline imports alike), sorted. A deploy that
 * changes any script changes it.
 * @param html the page's markup
 */
export function scriptsOf(html: string): string {
  return [...new Set(html.match(/\/_astro\/[\w.-]+\.js/g) ?? [])].sort().join(" ");
}

/** What a page does about a missing script. */
export type Recovery = "reload" | "explain";

/**
 * Reload, the first time this version of the page misses a script in this
 * tab; explain, when the reload already happened and the same version came
 * back, or when nothing can be remembered across a reload (storage blocked),
 * since then a reload could not be told from the next one.
 * @param storage the tab's sessionStorage, or null when it cannot be reached
 * @param scripts this page's version, from `scriptsOf`
 */
export function recoveryFor(
  storage: Pick<Storage, "getItem" | "setItem"> | null,
  scripts: string,
): Recovery {
  try {
    if (!storage || storage.getItem(RELOADED_FROM_KEY) === scripts) return "explain";
    storage.setItem(RELOADED_FROM_KEY, scripts);
    storage.setItem(JUST_RELOADED_KEY, "1");
    return "reload";
  } catch {
    return "explain";
  }
}
