import { useStore } from "~/components/ui/use-store";
import { $openResult } from "~/stores/scorecard";

/** The open candidate's band, next step, score and evidence, and what stands out. */
export function ResultSummary() {
  const { result, band, nextStep, strengths, concerns } = useStore($openResult);
  const findings = (title: string, list: readonly string[]) =>
    list.length > 0 && (
      <>
        <p class="findings-title">{title}</p>
        <ul>
          {list.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </>
    );
  return (
    <div class={`verdict ${result.band}`}>
      <p class="headline">{band}</p>
      <p>{nextStep}</p>
      <dl class="figures two">
        <div>
          <dt>Score</dt>
          <dd>
            {result.scoreRounded === null ? (
              "none yet"
            ) : (
              <strong>{result.scoreRounded} / 100</strong>
            )}
          </dd>
        </div>
        <div>
          <dt>Evidence</dt>
          <dd>{result.evidencePercent}% of the weight assessed</dd>
        </div>
      </dl>
      {findings("Strengths", strengths)}
      {findings("Concerns", concerns)}
    </div>
  );
}
