import { localIsoDate } from "~/lib/format/local-date";
import { presetById, type PresetId } from "./presets";

/**
 * The file name of a CSV export: the role and the day, so several exports sort
 * by date and say what they are, e.g. "scorecard-admin-assistant-2026-11-22.csv".
 * `date` is read in local time, the day the reader sees on their calendar.
 */
export function csvFileName(role: PresetId, date: Date): string {
  const slug = presetById(role)
    .label.toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const day = Number.isNaN(date.getTime()) ? "" : `-${localIsoDate(date)}`;
  return `scorecard-${slug}${day}.csv`;
}
