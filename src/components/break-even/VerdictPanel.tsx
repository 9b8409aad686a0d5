import { useStore } from "@nanostores/preact";
import { occurrenceDate } from "~/lib/break-even/occurrences";
import { verdictText } from "~/lib/break-even/verdict-text";
import { formatDate } from "~/lib/format/format-date";
import { formatHours } from "~/lib/format/format-hours";
import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import { $form, $locale, $result, $today } from "~/stores/break-even";

/** The verdict in one sentence, then the figures behind it. */
export function VerdictPanel() {
  const result = useStore($result);
  const form = useStore($form);
  const locale = useStore($locale);
  const today = useStore($today);
  if (!result) {
    return (
      <div class="verdict pending">
        <p>Your result appears here once every field above holds a number in range.</p>
      </div>
    );
  }
  const money = (value: number) => formatMoney(value, form.currency, locale);
  const text = verdictText(result, form.currency, locale);
  const { inputs } = result;
  const count = (k: number | null, why: string) => {
    if (k === null) return why;
    const date = today ? occurrenceDate(today, k, inputs) : null;
    const when =
      date && k > 1 ? ` (around ${formatDate(date, locale)} if you start today)` : "";
    return `after ${k === 1 ? "the first time" : `${formatNumber(k, locale, 0)} times`}${when}`;
  };
  const perHour = result.pricePerHourBack;
  return (
    <div class={`verdict tone-${text.tone}`}>
      <p class="headline">{text.headline}.</p>
      <p class="reason">{text.reason}</p>
      <dl class="figures">
        <div>
          <dt>Pays back in time</dt>
          <dd>
            {count(result.timeBreakEven, "never: checking takes as long as doing it")}
          </dd>
        </div>
        <div>
          <dt>Pays back in money</dt>
          <dd>{count(result.moneyBreakEven, "never, at these numbers")}</dd>
        </div>
        <div>
          <dt>
            Over {formatNumber(inputs.months, locale, 0)} months (
            {formatNumber(result.n, locale, 0)} times)
          </dt>
          <dd>
            {result.hoursBack >= 0
              ? `you get back ${formatHours(result.hoursBack * 60, locale)}`
              : `you spend ${formatHours(-result.hoursBack * 60, locale)} more`}
            {inputs.value > 0 &&
              (result.netValue >= 0
                ? `, worth ${money(result.netValue)} net`
                : `, and it costs ${money(-result.netValue)} more than doing it yourself`)}
          </dd>
        </div>
        <div>
          <dt>Each hour you get back costs</dt>
          <dd>
            {perHour === null
              ? "nothing comes back: no hour is freed"
              : `${money(perHour)}, against ${money(inputs.value)} your hour is worth`}
          </dd>
        </div>
        <div>
          <dt>What would flip it</dt>
          <dd>
            {result.whatFlips.price === null
              ? "no price makes delegating pay over this horizon"
              : `delegating still pays at up to ${money(result.whatFlips.price)} a time`}
            {result.whatFlips.review !== null &&
              ` or up to ${formatHours(result.whatFlips.review, locale)} of your checking each time`}
            .
          </dd>
        </div>
      </dl>
    </div>
  );
}
