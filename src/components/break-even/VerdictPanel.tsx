import { useStore } from "@nanostores/preact";
import { resultFigures } from "~/lib/break-even/result-figures";
import { verdictText } from "~/lib/break-even/verdict-text";
import { $form, $locale, $result, $dateOf } from "~/stores/break-even";

/** The verdict in one sentence, then the figures behind it. */
export function VerdictPanel() {
  const result = useStore($result);
  const { currency } = useStore($form);
  const locale = useStore($locale);
  const dateOf = useStore($dateOf);
  if (!result) {
    return (
      <div class="verdict pending">
        <p>Your result appears here once every field above holds a number in range.</p>
      </div>
    );
  }
  const text = verdictText(result, currency, locale);
  return (
    <div class={`verdict tone-${text.tone}`}>
      <p class="headline">{text.headline}.</p>
      <p class="reason">{text.reason}</p>
      <dl class="figures">
        {resultFigures(result, { currency, locale, dateOf }).map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
