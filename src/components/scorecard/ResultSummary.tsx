import type { ComponentType, ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useStore } from "~/components/ui/use-store";
import { $openResult } from "~/stores/scorecard";

// The price concern needs the money formatting of the shared kit, which the
// scorecard's first paint does without: it loads when there is one to show.
const loadPriceConcern = () => import("./PriceConcern").then((m) => m.PriceConcern);

function LazyPriceConcern() {
  const [Part, setPart] = useState<ComponentType | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadPriceConcern().then((part) => !cancelled && setPart(() => part));
    return () => {
      cancelled = true;
    };
  }, []);
  return Part ? <Part /> : null;
}

/** The open candidate's band, next step, score and evidence, and what stands out. */
export function ResultSummary() {
  const { result, band, nextStep, strengths, concerns, priceConcern } =
    useStore($openResult);
  const findings = (title: string, list: readonly string[], first?: ComponentChildren) =>
    (list.length > 0 || first) && (
      <>
        <p class="findings-title">{title}</p>
        <ul>
          {first}
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
      {findings("Concerns", concerns, priceConcern && <LazyPriceConcern />)}
    </div>
  );
}
