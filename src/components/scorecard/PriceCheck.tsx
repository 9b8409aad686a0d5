import { useStore } from "~/components/ui/use-store";
import {
  SUPPORTED_CURRENCIES,
  type SupportedCurrency,
} from "~/lib/format/default-currency";
import { formatMoney } from "~/lib/format/format-money";
import { typedKey } from "~/lib/scorecard/candidate";
import { rateFlagText } from "~/lib/scorecard/rate-flag-text";
import {
  $locale,
  $open,
  $ranked,
  $scorecard,
  setFigure,
  setRateRange,
  setScorecardCurrency,
} from "~/stores/scorecard";
import { AmountField } from "./AmountField";

/**
 * Quote and hours give the implied hourly rate, checked against the range the
 * reader expects for the role (one range for every candidate).
 */
export function PriceCheck() {
  const locale = useStore($locale);
  const { rateRange, currency, typed = {} } = useStore($scorecard);
  const { candidate } = useStore($open);
  const result = useStore($ranked).find((r) => r.candidate.id === candidate.id)?.result;
  const id = `sc-${candidate.id}`;
  const flag = result ? rateFlagText(result.rateFlag) : null;
  return (
    <fieldset class="price">
      <legend>Price check (optional)</legend>
      <p class="hint">
        What an hour of their work costs, against what you expect to pay. The lowest price
        is seldom the best deal:{" "}
        <a href="/guide/choosing-the-right-person/#look-past-the-price">look past it</a>.
      </p>
      <div class="pair">
        <AmountField
          key={`${id}-quote`}
          id={`${id}-quote`}
          label="Their quote"
          name="The quote"
          kind="quote"
          unit={`${currency} for the job`}
          value={candidate.quote}
          typed={typed[typedKey(candidate.id, "quote")]}
          onChange={(v, text) => setFigure(candidate.id, "quote", v, text)}
        />
        <AmountField
          key={`${id}-hours`}
          id={`${id}-hours`}
          label="Hours it takes"
          name="Hours"
          kind="hours"
          unit="hours"
          value={candidate.hours}
          typed={typed[typedKey(candidate.id, "hours")]}
          onChange={(v, text) => setFigure(candidate.id, "hours", v, text)}
        />
      </div>
      <div class="field">
        <label for="sc-currency">Currency of quotes and rates</label>
        <select
          id="sc-currency"
          value={currency}
          onChange={(e) =>
            setScorecardCurrency(e.currentTarget.value as SupportedCurrency)
          }
        >
          {SUPPORTED_CURRENCIES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </div>
      <p class="range-title">Hourly rate you expect for this role, for every candidate</p>
      <div class="pair">
        <AmountField
          id="sc-rate-min"
          label="From"
          name="The lowest rate"
          kind="rate"
          unit={`${currency} an hour`}
          value={rateRange.min}
          typed={typed[typedKey("rate", "min")]}
          onChange={(v, text) => setRateRange("min", v, text)}
        />
        <AmountField
          id="sc-rate-max"
          label="To"
          name="The highest rate"
          kind="rate"
          unit={`${currency} an hour`}
          value={rateRange.max}
          typed={typed[typedKey("rate", "max")]}
          onChange={(v, text) => setRateRange("max", v, text)}
        />
      </div>
      <p class={`rate ${result?.rateFlag ?? ""}`} role="status">
        {result?.hourlyRate != null && (
          <>
            <strong>
              About {formatMoney(result.hourlyRate, currency, locale)} an hour.
            </strong>{" "}
            {flag ?? "Enter the range you expect to check it."}
          </>
        )}
      </p>
    </fieldset>
  );
}
