// The break-even calculator island: used on /tools/break-even/ and embedded in
// articles (`<BreakEven client:visible example="podcast-editing" />`). It only
// wires the store to the view pieces; the maths lives in src/lib/break-even.
import { useStore } from "@nanostores/preact";
import { useEffect } from "preact/hooks";
import { Announcer } from "~/components/ui/Announcer";
import { CopyLinkButton } from "~/components/ui/CopyLinkButton";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { SessionNotices } from "~/components/ui/SessionNotices";
import { WhenVisible } from "~/components/ui/WhenVisible";
import { NUMERIC_FIELDS } from "~/lib/break-even/inputs";
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

interface Props {
  /** A task preset id to start from when the reader has nothing saved (articles' examples). */
  example?: string;
}

const loadCharts = () => import("./Charts").then((m) => m.Charts);

export default function BreakEven({ example }: Props) {
  useEffect(() => startBreakEven(example), []);
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
      <SessionNotices session={breakEvenSession} />
      <PresetPicker />
      <div class="tool-columns">
        <InputsForm />
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
