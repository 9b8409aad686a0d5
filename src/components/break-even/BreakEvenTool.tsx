// The break-even calculator island. Pages and articles use it through
// BreakEven.astro, which passes the long texts (hints, presets) as props so
// they travel in the HTML rather than in the JavaScript. The island only wires
// the store to the view pieces; the maths lives in src/lib/break-even.
import { useStore } from "@nanostores/preact";
import { useEffect } from "preact/hooks";
import { Announcer } from "~/components/ui/Announcer";
import { CoachNote } from "~/components/ui/coach-note/CoachNote";
import { CopyLinkButton } from "~/components/ui/CopyLinkButton";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { LazySessionNotices } from "~/components/ui/LazySessionNotices";
import { WhenVisible } from "~/components/ui/WhenVisible";
import { NUMERIC_FIELDS, type NumericField } from "~/lib/break-even/inputs";
import type { TaskPreset } from "~/lib/break-even/presets";
import { verdictText } from "~/lib/break-even/verdict-text";
import {
  $form,
  $locale,
  $reading,
  $result,
  breakEvenSession,
  startBreakEven,
} from "~/stores/break-even";
import { fieldId, InputsForm } from "./InputsForm";
import { PresetPicker } from "./PresetPicker";
import { VerdictPanel } from "./VerdictPanel";
import "~/components/ui/tool.css";

/** What the server hands the island. */
export interface BreakEvenToolProps {
  /** One sentence per field on what to enter. */
  hints: Readonly<Record<NumericField, string>>;
  /** The task presets the reader can start from. */
  presets: readonly TaskPreset[];
  /** A preset to start from when the reader has nothing saved (an article's example). */
  example?: TaskPreset | undefined;
  /** Runs in an embed: the reader's saved values are neither read nor written. */
  embedded?: boolean;
}

const loadCharts = () => import("./Charts").then((m) => m.Charts);

export default function BreakEvenTool({
  hints,
  presets,
  example,
  embedded = false,
}: BreakEvenToolProps) {
  useEffect(() => void startBreakEven(example, { embedded }), []);
  const reading = useStore($reading);
  const result = useStore($result);
  const form = useStore($form);
  const locale = useStore($locale);
  const errors = NUMERIC_FIELDS.flatMap((field) => {
    const message = reading.errors[field];
    return message ? [{ id: fieldId(field), message }] : [];
  });
  const verdict = result ? verdictText(result, form.currency, locale) : null;
  return (
    <div class="tool break-even">
      <CoachNote />
      <LazySessionNotices session={breakEvenSession} />
      <PresetPicker presets={presets} />
      <div class="tool-columns">
        <InputsForm hints={hints} />
        <section class="tool-results" aria-label="Result">
          <ErrorSummary errors={errors} />
          <VerdictPanel />
          <CopyLinkButton
            getUrl={breakEvenSession.shareUrl}
            blockedReason={
              errors.length > 0
                ? "Fix the fields marked in red first: a link can only hold valid numbers."
                : null
            }
            note="The link holds these numbers, so whoever opens it sees exactly this."
          />
        </section>
      </div>
      <WhenVisible load={loadCharts} placeholderClass="charts-placeholder" />
      <Announcer
        message={
          verdict
            ? `${verdict.headline}. ${verdict.reason}`
            : errors.length > 0
              ? `${errors.length} ${errors.length === 1 ? "field needs" : "fields need"} fixing.`
              : ""
        }
      />
    </div>
  );
}
