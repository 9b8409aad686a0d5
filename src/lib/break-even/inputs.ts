/**
 * The break-even calculator's inputs: their type, limits and defaults.
 *
 * This file is the one source of truth for what each input may hold. The view
 * reads labels, units and hints from it, the URL codec and validation read the
 * limits, and the model normalizes through it, so a range changes in one place.
 */

/** How often the task comes up: so many times a week, a month, a year, or only once. */
export type Period = "week" | "month" | "year" | "once";

/** Every period, in the order a select should offer them. */
export const PERIODS: readonly Period[] = ["week", "month", "year", "once"];

/**
 * Words that complete "… times" in a frequency select ("2 times a week").
 * "once" ignores the count, so its label stands alone.
 */
export const PERIOD_LABELS: Readonly<Record<Period, string>> = {
  week: "a week",
  month: "a month",
  year: "a year",
  once: "just once",
};

/** Everything the reader tells the calculator. Currency-free: the view adds the currency. */
export interface BreakEvenInputs {
  /** Minutes it takes you to do the task one time. */
  do: number;
  /** How many times the task comes up in each `per` period (ignored when `per` is "once"). */
  freq: number;
  /** The period `freq` counts in; "once" means a single occurrence whatever `freq` says. */
  per: Period;
  /** The horizon to judge over, in whole months. */
  months: number;
  /** One-time minutes to hand the task over: finding someone, instructions, trial run. */
  setup: number;
  /** Your own minutes per occurrence once it is delegated: briefing and checking. */
  review: number;
  /** What the contractor is paid per occurrence, in currency units. */
  price: number;
  /** What an hour of your time is worth to you, in currency units per hour. 0 means "count cash only". */
  value: number;
}

/** The inputs that hold a number (all but `per`). */
export type NumericField = Exclude<keyof BreakEvenInputs, "per">;

/** The numeric inputs, in the order a form shows them. */
export const NUMERIC_FIELDS: readonly NumericField[] = [
  "do",
  "freq",
  "months",
  "setup",
  "review",
  "price",
  "value",
];

/** What kind of quantity a field holds, so the view can pick a formatter. */
export type FieldKind = "minutes" | "count" | "months" | "money" | "money-per-hour";

/** Everything the view, the URL codec and validation need to know about one numeric input. */
export interface FieldLimit {
  /** Short label for the form field. */
  label: string;
  /** Smallest accepted value (inclusive). */
  min: number;
  /** Largest accepted value (inclusive). */
  max: number;
  /** Whether only whole numbers are accepted. */
  integer: boolean;
  /** The value a fresh calculator starts with. */
  default: number;
  /** Unit word shown next to the number; money fields leave the currency to the view. */
  unit: string;
  /** What kind of quantity this is. */
  kind: FieldKind;
}

/** Limits, defaults and units for every numeric input (hints: field-hints.ts). */
export const FIELD_LIMITS: Readonly<Record<NumericField, Readonly<FieldLimit>>> = {
  do: {
    label: "Time to do it yourself",
    min: 1,
    max: 10_000,
    integer: false,
    default: 30,
    unit: "minutes",
    kind: "minutes",
  },
  freq: {
    label: "How often",
    min: 1,
    max: 1_000,
    integer: true,
    default: 2,
    unit: "times",
    kind: "count",
  },
  months: {
    label: "Judge over",
    min: 1,
    max: 60,
    integer: true,
    default: 12,
    unit: "months",
    kind: "months",
  },
  setup: {
    label: "Time to hand it over",
    min: 0,
    max: 100_000,
    integer: false,
    default: 120,
    unit: "minutes",
    kind: "minutes",
  },
  review: {
    label: "Your time each time after handing over",
    min: 0,
    max: 10_000,
    integer: false,
    default: 5,
    unit: "minutes",
    kind: "minutes",
  },
  price: {
    label: "Price each time",
    min: 0,
    max: 1_000_000,
    integer: false,
    default: 15,
    unit: "per occurrence",
    kind: "money",
  },
  value: {
    label: "What your hour is worth",
    min: 0,
    max: 100_000,
    integer: false,
    default: 60,
    unit: "per hour",
    kind: "money-per-hour",
  },
};

/** The period a fresh calculator starts with. */
const DEFAULT_PERIOD: Period = "week";

/**
 * The inputs a fresh calculator starts with, taken from `FIELD_LIMITS` defaults:
 * a 30-minute task done twice a week, handed over in two hours, judged over a year.
 */
export const DEFAULT_INPUTS: Readonly<BreakEvenInputs> = Object.freeze({
  do: FIELD_LIMITS.do.default,
  freq: FIELD_LIMITS.freq.default,
  per: DEFAULT_PERIOD,
  months: FIELD_LIMITS.months.default,
  setup: FIELD_LIMITS.setup.default,
  review: FIELD_LIMITS.review.default,
  price: FIELD_LIMITS.price.default,
  value: FIELD_LIMITS.value.default,
});

/** Whether `x` is one of the four periods (for parsing URL and stored values). */
export function isPeriod(x: unknown): x is Period {
  return typeof x === "string" && (PERIODS as readonly string[]).includes(x);
}

/**
 * Whether `x` is an acceptable value for `field` as it stands: a finite number
 * within the field's range and whole where the field asks for whole numbers.
 * Validation and the URL codec use this to decide whether to show a notice.
 */
export function fieldAccepts(field: NumericField, x: number): boolean {
  const limit = FIELD_LIMITS[field];
  return (
    Number.isFinite(x) &&
    x >= limit.min &&
    x <= limit.max &&
    (!limit.integer || Number.isInteger(x))
  );
}

/**
 * Brings any inputs into range so the model can never produce NaN or Infinity:
 * a non-finite number becomes the field's default, others are clamped to the
 * field's range and rounded where the field is whole, -0 becomes 0, and an
 * unknown period becomes the default one. Valid inputs come back unchanged.
 */
export function normalizeInputs(inputs: BreakEvenInputs): BreakEvenInputs {
  const fit = (field: NumericField): number => {
    const limit = FIELD_LIMITS[field];
    const raw = inputs[field];
    if (!Number.isFinite(raw)) return limit.default;
    const whole = limit.integer ? Math.round(raw) : raw;
    return Math.min(limit.max, Math.max(limit.min, whole)) + 0;
  };
  return {
    do: fit("do"),
    freq: fit("freq"),
    per: isPeriod(inputs.per) ? inputs.per : DEFAULT_PERIOD,
    months: fit("months"),
    setup: fit("setup"),
    review: fit("review"),
    price: fit("price"),
    value: fit("value"),
  };
}
