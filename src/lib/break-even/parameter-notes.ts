// What the coaches' parameter table says about the calculator's link beyond
// its codec: a link without a currency opens in the client's own.
import type { ParameterNotes } from "~/lib/coaches/parameter-table";

/** Notes for codecParameterRows(breakEvenCodec, …). */
export const breakEvenParameterNotes: ParameterNotes = {
  cur: {
    default: "The client's own currency, guessed from their browser's language, else USD",
  },
};
