// The tasks a reader can add in one tap, and the contractor rates they start
// with. The presets are the weekly work owners most often hand over (S3.1
// names bookkeeping, SEO, social media and email; S4.6 customer service and
// lead generation); the ratings are a typical owner's and meant to be changed.
import type { SupportedCurrency } from "~/lib/format/default-currency";
import type { AuditTask, SkillFamily } from "./audit";

/** A task preset: everything but the id. */
export type TaskPreset = Omit<AuditTask, "id">;

/**
 * A contractor's hourly rate per skill family, in US dollars or a currency of
 * similar size (see {@link CURRENCY_SCALE}). Freelance rates vary a lot;
 * these are middle-of-the-road starting points the reader edits.
 */
export const FAMILY_RATES: Readonly<Record<SkillFamily, number>> = {
  admin: 20,
  bookkeeping: 45,
  writing: 40,
  design: 45,
  marketing: 40,
  technical: 55,
  "customer-service": 20,
};

/**
 * How many units of a currency buy about what one dollar does, so a reader in
 * yen does not start from a rate of 20 yen an hour. Rounded: these size the
 * starting figures, they are not exchange rates.
 */
export const CURRENCY_SCALE: Partial<Readonly<Record<SupportedCurrency, number>>> = {
  INR: 80,
  SEK: 10,
  JPY: 150,
};

/** A starting amount (rate or hourly value) in `currency`. */
export const scaled = (amount: number, currency: SupportedCurrency): number =>
  amount * (CURRENCY_SCALE[currency] ?? 1);

/** The default rate of `family` in `currency`. */
export const familyRate = (family: SkillFamily, currency: SupportedCurrency): number =>
  scaled(FAMILY_RATES[family], currency);

/** What an hour of the reader's own time starts at, before they change it. */
export const DEFAULT_HOUR_VALUE = 60;

type PresetRow = [
  name: string,
  hours: number,
  skill: AuditTask["skill"],
  core: AuditTask["core"],
  judge: AuditTask["judge"],
  contact: AuditTask["contact"],
  family: SkillFamily,
];

// name, hours a week, how good, how core, could judge, customer contact, family
const ROWS: readonly PresetRow[] = [
  ["Inbox and email", 5, 3, 2, "yes", "none", "admin"],
  ["Bookkeeping and invoicing", 3, 2, 2, "roughly", "none", "bookkeeping"],
  ["Social media posts", 4, 3, 3, "yes", "none", "marketing"],
  ["SEO", 2, 1, 3, "no", "none", "marketing"],
  ["Scheduling", 2, 4, 1, "yes", "none", "admin"],
  ["Customer service", 4, 4, 3, "yes", "customers", "customer-service"],
  ["Blog articles", 3, 3, 3, "yes", "none", "writing"],
  ["Graphic design", 2, 2, 3, "roughly", "none", "design"],
  ["Website upkeep", 2, 2, 2, "roughly", "none", "technical"],
  ["Research", 2, 4, 3, "yes", "none", "admin"],
  ["Data entry", 2, 3, 1, "yes", "none", "admin"],
  ["Lead generation", 3, 2, 3, "roughly", "leads", "marketing"],
];

/** The one-tap presets, in the order the picker shows them, priced in `currency`. */
export function taskPresets(currency: SupportedCurrency = "USD"): TaskPreset[] {
  return ROWS.map(([name, hours, skill, core, judge, contact, family]) => ({
    name,
    hours,
    per: "week",
    skill,
    core,
    judge,
    contact,
    family,
    rate: familyRate(family, currency),
  }));
}

/** The empty row a reader fills in themselves. */
export function blankTask(currency: SupportedCurrency = "USD"): TaskPreset {
  return {
    name: "",
    hours: null,
    per: "week",
    skill: 3,
    core: 3,
    judge: "yes",
    contact: "none",
    family: "admin",
    rate: familyRate("admin", currency),
  };
}
