/** Guide sections that exist (or will) for the scorecard to link to. */
export const GUIDE_SECTIONS = new Set([
  "/guide/choosing-the-right-person/#check-proven-skill",
  "/guide/choosing-the-right-person/#ask-an-open-question",
  "/guide/choosing-the-right-person/#run-a-trial-project",
  "/guide/choosing-the-right-person/#look-past-the-price",
  "/guide/choosing-the-right-person/#time-zones-and-culture",
  "/guide/choosing-the-right-person/#red-flags-that-end-the-conversation",
  "/guide/communicating-clearly/#working-across-languages",
  "/guide/communicating-clearly/#working-across-time-zones",
  "/guide/where-to-find-contractors/#specialists-not-a-one-stop-shop",
  "/guide/managing-by-deliverables/#check-the-first-deliveries",
  "/guide/managing-by-deliverables/#judge-results-not-hours",
  "/guide/keeping-good-contractors/#pay-on-time",
]);

/** Source catalogue points S1.1 … S5.4 (see /work/shared/sources/README.md). */
export const SOURCE_POINT = /^S(1\.[1-7]|2\.[1-5]|3\.[1-5]|4\.[1-9]|5\.[1-4])$/;
