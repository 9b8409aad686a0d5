// The calculator's link, described for the coaches' parameter table: the
// rows come from its codec, with what the codec cannot say (a link without a
// currency opens in the client's own).
import {
  codecParameterRows,
  type ParameterNotes,
  type ParameterRow,
} from "~/lib/coaches/parameter-table";
import { MAX_SCENARIOS, SCENARIO_NAME_MAX_LENGTH } from "./scenarios";
import { breakEvenCodec } from "./url-codec";

/** Notes for codecParameterRows(breakEvenCodec, …). */
export const breakEvenParameterNotes: ParameterNotes = {
  cur: {
    default: "The client's own currency, guessed from their browser's language, else USD",
  },
};

/**
 * A comparison of scenarios (scenarios-link.ts): all after the "#", so the
 * names never reach a server. Pairs of name and calc, in order, up to four.
 */
const COMPARISON_ROWS: readonly ParameterRow[] = [
  {
    key: "compare",
    part: "fragment",
    meaning:
      "Opens a comparison of scenarios (version of the format); the client's own saved scenarios are kept until they choose to keep these",
    unit: "",
    allowed: "1",
    default: "(no comparison)",
    example: "compare=1",
  },
  {
    key: "name",
    part: "fragment",
    meaning: "A scenario's name; each name is followed by its calc",
    unit: "",
    allowed: `Text, up to ${SCENARIO_NAME_MAX_LENGTH} characters; hidden characters are removed. Up to ${MAX_SCENARIOS} scenarios`,
    default: "(none)",
    example: "name=Agency+quote",
  },
  {
    key: "calc",
    part: "fragment",
    meaning:
      "That scenario's numbers: the calculator's own parameters above, as one percent-encoded value",
    unit: "",
    allowed: "The parameters above; a scenario with any value out of range is left out",
    default: "(none)",
    example: "calc=price%3D120",
  },
];

/** The calculator's link parameters, as the coaches' page lists them. */
export const COACH_PARAMETERS: readonly ParameterRow[] = [
  ...codecParameterRows(breakEvenCodec, breakEvenParameterNotes),
  ...COMPARISON_ROWS,
];
