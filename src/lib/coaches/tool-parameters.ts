// Every tool's link parameters, for the coaches' page: the rows come from
// each tool's codec (see codecParameterRows), the scorecard's candidates from
// its fragment description, and the coach's note, which every tool accepts.
import { breakEvenParameterNotes } from "~/lib/break-even/parameter-notes";
import { breakEvenCodec } from "~/lib/break-even/url-codec";
import { onboardingParameterNotes } from "~/lib/onboarding/parameter-notes";
import { onboardingCodec } from "~/lib/onboarding/url-codec";
import {
  SCORECARD_FRAGMENT_PARAMETERS,
  scorecardParameterNotes,
} from "~/lib/scorecard/link-parameters";
import { scorecardQuery } from "~/lib/scorecard/scorecard-link";
import { TOOLS, type ToolInfo } from "~/lib/tools/tool-catalogue";
import { coachNoteRow, codecParameterRows, type ParameterRow } from "./parameter-table";

/** One tool's parameters. */
export interface ToolParameters {
  readonly tool: ToolInfo;
  readonly rows: readonly ParameterRow[];
}

const ROWS: Readonly<Record<ToolInfo["id"], readonly ParameterRow[]>> = {
  "break-even": [
    ...codecParameterRows(breakEvenCodec, breakEvenParameterNotes),
    coachNoteRow(),
  ],
  scorecard: [
    ...codecParameterRows(scorecardQuery, scorecardParameterNotes),
    ...SCORECARD_FRAGMENT_PARAMETERS,
    coachNoteRow(),
  ],
  onboarding: [
    ...codecParameterRows(onboardingCodec, onboardingParameterNotes),
    coachNoteRow(),
  ],
};

/** The three tools' parameters, in the order the site lists the tools. */
export const TOOL_PARAMETERS: readonly ToolParameters[] = TOOLS.map((tool) => ({
  tool,
  rows: ROWS[tool.id],
}));
