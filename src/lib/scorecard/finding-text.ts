import { criterionById } from "./criteria";
import type { Finding } from "./score";

/**
 * A strength or concern in words, using the criterion's own level label so
 * it says what the rating means: "Proven skill: excellent, verified work",
 * or for a heavy criterion left open, "Trial task result: not assessed yet".
 */
export function findingText(finding: Finding): string {
  const criterion = criterionById(finding.criterion);
  if (finding.rating === null) return `${criterion.name}: not assessed yet`;
  const level = criterion.levels[finding.rating];
  return `${criterion.name}: ${level.charAt(0).toLowerCase()}${level.slice(1)}`;
}
