// What the coaches' parameter table says about the checklist's link beyond
// its codec: the lists and the date it reads from text, and the start date's
// default, which depends on the day the link is opened. Kept apart from the
// codec so the link code in the browser does not carry the item catalogue.
import {
  codecParameterRows,
  type ParameterNotes,
  type ParameterRow,
} from "../coaches/parameter-table";
import { ACCESS_QUESTION, DEFAULT_LEAD_DAYS, START_RANGE } from "./answers";
import { CONTRACTOR_KEY } from "./contractor-fragment";
import { ITEMS } from "./items";
import { CONTRACTOR_MAX_LENGTH } from "./saved-state";
import { MAX_TICK_ID_LENGTH, MAX_TICKS } from "./tick-state";
import { NO_ACCESS, onboardingCodec, SEPARATOR } from "./url-codec";

const ACCESS = ACCESS_QUESTION.options.map((option) => option.value);

/** Notes for codecParameterRows(onboardingCodec, …). */
export const onboardingParameterNotes: ParameterNotes = {
  access: {
    meaning: "Access they need",
    allowed: `${NO_ACCESS}, or some of ${ACCESS.join(", ")} joined by dots`,
    example: `access=${ACCESS.slice(0, 2).join(SEPARATOR)}`,
  },
  start: {
    meaning: "Start date",
    allowed: `A date from ${START_RANGE.min} to ${START_RANGE.max}, written YYYY-MM-DD`,
    default: `${DEFAULT_LEAD_DAYS} days after the day the link is opened`,
    example: "start=2030-03-04",
  },
  ticks: {
    meaning: "Checklist items already done",
    allowed: `Item ids (lower-case words joined by hyphens, up to ${MAX_TICK_ID_LENGTH} characters) joined by dots, at most ${MAX_TICKS}`,
    default: "(nothing ticked)",
    example: `ticks=${ITEMS.slice(0, 2)
      .map((item) => item.id)
      .join(SEPARATOR)}`,
  },
};

/**
 * The contractor's name: after the "#", as names are everywhere, so it never
 * reaches a server. A link with only this key opens the default checklist
 * with the name in it (the scorecard's "Plan the hand-over" writes such links).
 */
const CONTRACTOR_ROW: ParameterRow = {
  key: CONTRACTOR_KEY,
  part: "fragment",
  meaning: "Who is taking the work on (shown in the checklist's heading)",
  unit: "",
  allowed: `Text, up to ${CONTRACTOR_MAX_LENGTH} characters`,
  default: "(no name)",
  example: `${CONTRACTOR_KEY}=Priya`,
};

/** The checklist's link parameters, as the coaches' page lists them: the query's, then the name. */
export const COACH_PARAMETERS: readonly ParameterRow[] = [
  ...codecParameterRows(onboardingCodec, onboardingParameterNotes),
  CONTRACTOR_ROW,
];
