import { useStore } from "~/components/ui/use-store";
import { resultFigures } from "~/lib/break-even/result-figures";
import {
  $currency,
  $dateOf,
  $locale,
  $result,
  $verdict,
  $verdictReasons,
} from "~/stores/break-even";

/** The verdict in one sentence, then the figures behind it. */
export function VerdictPanel() {
  const result = useStore($result);
  const text = useStore($verdict);
  const currency = useStore($currency);
  const locale = useStore($locale);
  const dateOf = useStore($dateOf);
  const words = useStore($verdictReasons);
  if (!result || !text || !words) {
    return (
      <div class="verdict pending">
        <p>{words?.pending}</p>
      </div>
    );
  }
  return (
    <div class={`verdict tone-${text.tone}`}>
      <p class="headline">{text.headline}.</p>
      <p class="reason">{text.reason}</p>
      <dl class="figures">
        {resultFigures(result, { currency, locale, dateOf, words }).map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
