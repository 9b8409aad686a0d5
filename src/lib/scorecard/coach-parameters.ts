// The scorecard's link, described for the coaches' parameter table. The query
// settings come from the codec (with the notes below); the candidates in the
// fragment have their own format (scorecard-link.ts), described here from the
// same constants it reads with, so the table cannot drift from the reader.
import {
  codecParameterRows,
  type ParameterNotes,
  type ParameterRow,
} from "~/lib/coaches/parameter-table";
import { AMOUNT_LIMITS } from "./amount-limits";
import { NAME_MAX_LENGTH, NOTE_MAX_LENGTH, MAX_CANDIDATES } from "./candidate";
import { CRITERIA, CRITERION_IDS } from "./criteria";
import { DEALBREAKER_IDS } from "./dealbreakers";
import { CANDIDATE_KEY, NOT_ASSESSED, scorecardQuery, weightKey } from "./scorecard-link";

const pair = (key: string, value: string) =>
  new URLSearchParams([[key, value]]).toString();

/** Notes for codecParameterRows(scorecardQuery, …): what a missing key falls back to. */
export const scorecardParameterNotes: ParameterNotes = {
  ...Object.fromEntries(
    CRITERION_IDS.map((id) => [
      weightKey(id),
      { default: "The role's own weight for it", unit: "" },
    ]),
  ),
  rmin: { default: "(no lower end)" },
  rmax: { default: "(no upper end)" },
};

const ratingsExample = CRITERION_IDS.map((_, i) =>
  i % 4 === 3 ? NOT_ASSESSED : String((i * 3) % 5),
).join("");

type FragmentRow = Omit<ParameterRow, "part">;

/**
 * The candidate keys after the "#", in the order a link writes them: "c"
 * starts a candidate and the keys after it describe that candidate, until
 * the next "c".
 */
export const SCORECARD_FRAGMENT_PARAMETERS: readonly ParameterRow[] = (
  [
    {
      key: CANDIDATE_KEY,
      meaning: "Starts a candidate; the keys after it describe them",
      unit: "",
      allowed: `1 to 4 lower-case letters, different for each candidate; at most ${MAX_CANDIDATES} candidates`,
      default: "(one empty candidate)",
      example: pair(CANDIDATE_KEY, "a"),
    },
    {
      key: "n",
      meaning: "Candidate's name",
      unit: "",
      allowed: `Text, up to ${NAME_MAX_LENGTH} characters`,
      default: "Candidate A, B, …",
      example: pair("n", "Ana Silva"),
    },
    {
      key: "r",
      meaning: `Ratings, one character per criterion in this order: ${CRITERIA.map((c) => c.name.toLowerCase()).join(", ")}`,
      unit: "",
      allowed: `${CRITERION_IDS.length} characters, each 0 to 4, or ${NOT_ASSESSED} for not assessed`,
      default: `${NOT_ASSESSED.repeat(CRITERION_IDS.length)} (nothing assessed)`,
      example: pair("r", ratingsExample),
    },
    {
      key: "d",
      meaning: "A dealbreaker the candidate hit (repeat the key for more)",
      unit: "",
      allowed: `One of: ${DEALBREAKER_IDS.join(", ")}`,
      default: "(none)",
      example: pair("d", DEALBREAKER_IDS[2]),
    },
    {
      key: "q",
      meaning: "Candidate's quote for the whole job",
      unit: "your currency",
      allowed: `Above 0, up to ${AMOUNT_LIMITS.quote}`,
      default: "(no quote)",
      example: pair("q", "1200"),
    },
    {
      key: "h",
      meaning: "Hours you expect the job to take",
      unit: "hours",
      allowed: `Above 0, up to ${AMOUNT_LIMITS.hours}`,
      default: "(not given)",
      example: pair("h", "40"),
    },
    {
      key: "t",
      meaning: "Your note on the candidate",
      unit: "",
      allowed: `Text, up to ${NOTE_MAX_LENGTH} characters`,
      default: "(no note)",
      example: pair("t", "Strong trial task"),
    },
  ] satisfies FragmentRow[]
).map((row) => ({ ...row, part: "fragment" as const }));

/** The scorecard's link parameters, as the coaches' page lists them: the query's, then the candidates'. */
export const COACH_PARAMETERS: readonly ParameterRow[] = [
  ...codecParameterRows(scorecardQuery, scorecardParameterNotes),
  ...SCORECARD_FRAGMENT_PARAMETERS,
];
