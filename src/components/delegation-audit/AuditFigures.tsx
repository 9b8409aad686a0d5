// What the audit asks once: your hour's value, revenue, the hours you want
// back, and the currency every amount is in.
import { useStore } from "~/components/ui/use-store";
import { LIMITS } from "~/lib/delegation-audit/audit";
import {
  SUPPORTED_CURRENCIES,
  type SupportedCurrency,
} from "~/lib/format/default-currency";
import { $audit, setCurrency, setFigure } from "~/stores/delegation-audit";
import { FigureField } from "./FigureField";

export function AuditFigures() {
  const { value, revenue, goal, currency } = useStore($audit);
  return (
    <fieldset class="audit-figures">
      <legend>About you</legend>
      <FigureField
        id="da-value"
        label="What an hour of your time is worth"
        name="Your hour's value"
        max={LIMITS.value}
        unit={`${currency} per hour`}
        hint="What you earn, or could earn, in an hour of your own work."
        value={value}
        onChange={(v) => setFigure("value", v)}
      />
      <FigureField
        id="da-revenue"
        label="Monthly revenue (optional)"
        name="Monthly revenue"
        max={LIMITS.revenue}
        unit={currency}
        hint="To show what share of income to set aside for help."
        optional
        value={revenue}
        onChange={(v) => setFigure("revenue", v)}
      />
      <FigureField
        id="da-goal"
        label="Hours a week you want back (optional)"
        name="Hours you want back"
        max={LIMITS.goal}
        unit="hours"
        optional
        value={goal}
        onChange={(v) => setFigure("goal", v)}
      />
      <div class="field">
        <label for="da-currency">Currency</label>
        <select
          id="da-currency"
          value={currency}
          onChange={(e) => setCurrency(e.currentTarget.value as SupportedCurrency)}
        >
          {SUPPORTED_CURRENCIES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
