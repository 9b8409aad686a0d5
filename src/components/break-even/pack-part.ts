// The calculator's part of a coach's pack: its link read and written by its
// own link format, from its starting values, and the verdict of its model.
import { formFromInputs, type BreakEvenForm } from "~/lib/break-even/form-state";
import { DEFAULT_INPUTS } from "~/lib/break-even/inputs";
import type { BreakEvenSummary } from "~/lib/break-even/summary";
import { breakEvenSummaryOf } from "./SummarySection";
import { DEFAULT_CURRENCY } from "~/lib/format/default-currency";
import { LINK_BASE, queryAndFragment, type PackPart } from "~/lib/pack/pack-types";
import { breakEvenLink } from "~/stores/break-even-link";

export const packPart: PackPart<BreakEvenForm, BreakEvenSummary> = {
  read: (url, { locale }) =>
    breakEvenLink.fromUrl(url, formFromInputs(DEFAULT_INPUTS, DEFAULT_CURRENCY, locale)),
  write: (form) => queryAndFragment(breakEvenLink.toUrl(form, new URL(LINK_BASE))),
  summarize: (form, { locale }) => breakEvenSummaryOf(form, locale),
};
