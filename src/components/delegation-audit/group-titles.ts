import type { Group } from "~/lib/delegation-audit/place-task";

/** The groups' short names, for the chart's table (the full texts travel as props). */
export const GROUP_TITLES: Readonly<Record<Group, string>> = {
  first: "Hand over first",
  next: "Hand over next",
  steer: "Learn to steer first",
  keep: "Keep",
};
