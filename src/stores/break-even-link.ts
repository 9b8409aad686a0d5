// How the calculator's state travels in a link. Loaded on demand by the
// session (only for URLs with a query, or when the reader copies a link).
import {
  formFromInputs,
  readForm,
  type BreakEvenForm,
} from "~/lib/break-even/form-state";
import { DEFAULT_INPUTS, isPeriod, type BreakEvenInputs } from "~/lib/break-even/inputs";
import { breakEvenCodec } from "~/lib/break-even/url-codec";
import type { SupportedCurrency } from "~/lib/format/default-currency";
import type { LinkFormat } from "./tool-session";
import { $locale } from "./locale";

/** The calculator's link format: every input in the query string, canonical numbers. */
export const breakEvenLink: LinkFormat<BreakEvenForm> = {
  fromUrl(url, base) {
    // A comparison of scenarios (scenarios-link.ts) is shown by the Scenarios
    // panel, which waits under Copy link: bring the waiting parts in now.
    if (/(^#|&)compare=/.test(url.hash))
      setTimeout(() => dispatchEvent(new Event("handoff:show-parts")));
    const { values, notices, hasParams } = breakEvenCodec.decode(
      url.searchParams,
      $locale.get(),
    );
    if (!hasParams) return null;
    const inputs: BreakEvenInputs = {
      ...DEFAULT_INPUTS,
      ...values,
      per: isPeriod(values.per) ? values.per : DEFAULT_INPUTS.per,
    };
    const currency = (values.cur as SupportedCurrency | undefined) ?? base.currency;
    return { state: formFromInputs(inputs, currency, $locale.get()), notices };
  },
  toUrl(form, page) {
    const { inputs } = readForm(form, $locale.get());
    const url = new URL(page.pathname, page);
    if (inputs)
      url.search = breakEvenCodec.encode({ ...inputs, cur: form.currency }).toString();
    return url;
  },
  clearUrl(url) {
    for (const key of ["v", ...Object.keys(breakEvenCodec.fields)])
      url.searchParams.delete(key);
    return url;
  },
};
