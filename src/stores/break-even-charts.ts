// Derived data for the calculator's chart and table. Kept apart from
// break-even.ts because only the lazily loaded Charts part needs it.
import { computed } from "nanostores";
import { costSeries } from "~/lib/break-even/cost-series";
import { worthTable } from "~/lib/break-even/worth-table";
import { $result } from "./break-even";

/** Chart data for the result, or null while the form is invalid. */
export const $series = computed($result, (result) =>
  result ? costSeries(result) : null,
);

/** The "is it worth the time" table for the horizon on screen. */
export const $worthTable = computed($result, (result) =>
  worthTable(result?.inputs.months ?? 12),
);
