// The calculator's link, described for the coaches' parameter table: the
// rows come from its codec, with what the codec cannot say (a link without a
// currency opens in the client's own).
import {
  codecParameterRows,
  type ParameterNotes,
  type ParameterRow,
} from "~/lib/coaches/parameter-table";
import { breakEvenCodec } from "./url-codec";

/** Notes for codecParameterRows(breakEvenCodec, …). */
export const breakEvenParameterNotes: ParameterNotes = {
  cur: {
    default: "The client's own currency, guessed from their browser's language, else USD",
  },
};

/** The calculator's link parameters, as the coaches' page lists them. */
export const COACH_PARAMETERS: readonly ParameterRow[] = codecParameterRows(
  breakEvenCodec,
  breakEvenParameterNotes,
);
