import { SUPPORTED_CURRENCIES } from "~/lib/format/default-currency";
import { defineCodec, type FieldDef } from "~/lib/url/define-codec";
import { FIELD_LIMITS, NUMERIC_FIELDS, PERIODS, type NumericField } from "./inputs";

type NumberFieldDef = Extract<FieldDef, { kind: "number" }>;

const numberField = (field: NumericField): NumberFieldDef => {
  const limit = FIELD_LIMITS[field];
  const unit =
    limit.kind === "money"
      ? "currency per occurrence"
      : limit.kind === "money-per-hour"
        ? "currency per hour"
        : limit.unit;
  return {
    kind: "number",
    label: limit.label,
    unit,
    min: limit.min,
    max: limit.max,
    integer: limit.integer,
    default: limit.default,
  };
};

/**
 * The break-even calculator's link format: every input by its model name,
 * plus the currency. Version 1; a later version must keep reading these links.
 */
export const breakEvenCodec = defineCodec({
  version: 1,
  fields: {
    ...(Object.fromEntries(NUMERIC_FIELDS.map((f) => [f, numberField(f)])) as Record<
      NumericField,
      NumberFieldDef
    >),
    per: {
      kind: "enum",
      label: "Period the count is per",
      values: PERIODS,
      default: "week",
    },
    cur: {
      kind: "enum",
      label: "Currency (ISO code)",
      values: SUPPORTED_CURRENCIES,
      default: "USD",
    },
  },
});
