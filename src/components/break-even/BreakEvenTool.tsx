// The break-even calculator island. Pages and articles use it through
// break-even/Tool.astro, which passes the long texts (hints, presets) as props so
// they travel in the HTML rather than in the JavaScript. The island only wires
// the store to the view pieces; the maths lives in src/lib/break-even.
import { useEffect, useState } from "preact/hooks";
import { Announcer } from "~/components/ui/Announcer";
import { CoachNote } from "~/components/ui/coach-note/CoachNote";
import type { ErrorSummary } from "~/components/ui/ErrorSummary";
import { LazySessionNotices } from "~/components/ui/LazySessionNotices";
import { useStore } from "~/components/ui/use-store";
import { WhenVisible } from "~/components/ui/WhenVisible";
import { NUMERIC_FIELDS, type NumericField } from "~/lib/break-even/inputs";
import type { FormLabels } from "~/lib/break-even/field-hints";
import type { ArticleExample } from "~/lib/break-even/article-examples";
import type { TaskPreset } from "~/lib/break-even/presets";
import type { VerdictReasons } from "~/lib/break-even/verdict-reasons";
import {
  $reading,
  $verdict,
  breakEvenSession,
  provideVerdictReasons,
  startBreakEven,
} from "~/stores/break-even";
import { fieldId, InputsForm } from "./InputsForm";
import { PresetPicker } from "./PresetPicker";
import { VerdictPanel } from "./VerdictPanel";

/** What the server hands the island. */
export interface BreakEvenToolProps {
  /** One sentence per field on what to enter. */
  hints: Readonly<Record<NumericField | "per", string>>;
  /** The form's legends and the period select's words. */
  labels: FormLabels;
  /** The verdict's sentences that need no numbers. */
  reasons: VerdictReasons;
  /** The task presets the reader can start from. */
  presets: readonly TaskPreset[];
  /** A preset or a guide's example to start from when the reader has nothing saved. */
  example?: TaskPreset | ArticleExample | undefined;
  /** Runs in an embed: the reader's saved values are neither read nor written. */
  embedded?: boolean;
}

const loadCharts = () => import("./Charts").then((m) => m.Charts);
// Copy link sits under the verdict; its code (and the note box's) is not
// needed to show the answer, so it loads once its place nears the screen.
const loadShareLink = () => import("./ShareLink").then((m) => m.ShareLink);

// The root subscribes to nothing that changes on a keystroke, so typing
// re-renders only the parts that show what changed (the field, the verdict,
// the summary of errors), never the whole tool.

const loadErrorSummary = () => import("~/components/ui/ErrorSummary");

/**
 * The fields in error, each linked to its input. Most visits never have one,
 * so the summary's code loads with the first error.
 */
function FieldErrors() {
  const reading = useStore($reading);
  const [Summary, setSummary] = useState<typeof ErrorSummary | null>(null);
  const errors = NUMERIC_FIELDS.flatMap((field) => {
    const message = reading.errors[field];
    return message ? [{ id: fieldId(field), message }] : [];
  });
  useEffect(() => {
    if (errors.length > 0 && !Summary)
      void loadErrorSummary().then((m) => setSummary(() => m.ErrorSummary));
  }, [errors.length]);
  return Summary && <Summary errors={errors} />;
}

/** What the live region says once the reader pauses: the verdict, or how many fields need fixing. */
function ResultAnnouncer() {
  const reading = useStore($reading);
  const verdict = useStore($verdict);
  const errorCount = Object.keys(reading.errors).length;
  return (
    <Announcer
      message={
        verdict
          ? `${verdict.headline}. ${verdict.reason}`
          : errorCount > 0
            ? `${errorCount} ${errorCount === 1 ? "field needs" : "fields need"} fixing.`
            : ""
      }
    />
  );
}

export default function BreakEvenTool({
  hints,
  labels,
  reasons,
  presets,
  example,
  embedded = false,
}: BreakEvenToolProps) {
  provideVerdictReasons(reasons);
  // The server rendered the defaults, so hydration does too; the saved values
  // or a shared link's come in once the island is mounted.
  useEffect(() => void startBreakEven(example, { embedded }), []);
  return (
    <div class="tool break-even">
      <CoachNote />
      <LazySessionNotices session={breakEvenSession} />
      <PresetPicker presets={presets} labels={labels} />
      <div class="tool-columns">
        <InputsForm hints={hints} labels={labels} />
        <section class="tool-results" aria-label="Result">
          <FieldErrors />
          <VerdictPanel />
          <WhenVisible load={loadShareLink} placeholderClass="share-placeholder" />
          <ResultAnnouncer />
        </section>
      </div>
      <WhenVisible load={loadCharts} placeholderClass="charts-placeholder" />
    </div>
  );
}
