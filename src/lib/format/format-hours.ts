import { formatWith } from "./cached-number-format";
import { NOT_AVAILABLE } from "./not-available";

/**
 * Formats a duration given in minutes as words for the reader's locale:
 * whole minutes under an hour ("45 minutes"), hours with at most one decimal
 * from an hour up ("1 hour", "12.5 hours"). Non-finite input gives "—".
 */
export function formatHours(minutes: number, locale: string): string {
  if (!Number.isFinite(minutes)) return NOT_AVAILABLE;
  // Decide on the rounded value so 59.7 minutes reads "1 hour", not "60 minutes".
  const wholeMinutes = Math.round(Math.abs(minutes));
  if (wholeMinutes < 60) {
    return formatWith(
      locale,
      {
        style: "unit",
        unit: "minute",
        unitDisplay: "long",
        maximumFractionDigits: 0,
        signDisplay: "negative",
      },
      minutes < 0 ? -wholeMinutes : wholeMinutes,
    );
  }
  return formatWith(
    locale,
    {
      style: "unit",
      unit: "hour",
      unitDisplay: "long",
      maximumFractionDigits: 1,
      signDisplay: "negative",
    },
    minutes / 60,
  );
}
