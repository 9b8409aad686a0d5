/**
 * The guide sections checklist items link to, as site paths with an anchor.
 * Kept in one list so a link test can check each one against the built site.
 */
export const GUIDE_SECTIONS = [
  "/guide/know-what-you-want/#write-the-brief",
  "/guide/know-what-you-want/#define-done",
  "/guide/onboarding-and-training/#prepare-before-day-one",
  "/guide/onboarding-and-training/#record-a-walkthrough",
  "/guide/onboarding-and-training/#kick-off-with-a-call",
  "/guide/onboarding-and-training/#run-a-test-task",
  "/guide/onboarding-and-training/#access-and-passwords",
  "/guide/communicating-clearly/#working-across-languages",
  "/guide/communicating-clearly/#working-across-time-zones",
  "/guide/communicating-clearly/#one-place-for-files-and-tasks",
  "/guide/managing-by-deliverables/#check-the-first-deliveries",
  "/guide/managing-by-deliverables/#keep-checking",
  "/guide/managing-by-deliverables/#judge-results-not-hours",
  "/guide/staying-organized/#keep-records",
  "/guide/keeping-good-contractors/#pay-on-time",
  "/guide/keeping-good-contractors/#praise-and-reward",
  "/guide/choosing-the-right-person/#run-a-trial-project",
] as const;

/** A guide section a checklist item can link to. */
export type GuideSection = (typeof GUIDE_SECTIONS)[number];
