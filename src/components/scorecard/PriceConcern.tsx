// The open candidate's price as a concern, first in the card's list of concerns
// (see ResultSummary, which loads this only when the rate is out of range).
import { useStore } from "~/components/ui/use-store";
import { priceConcernText } from "~/lib/scorecard/price-concern";
import { $locale, $openResult, $scorecard } from "~/stores/scorecard";

export function PriceConcern() {
  const { result } = useStore($openResult);
  const text = priceConcernText(result, useStore($scorecard), useStore($locale));
  return text ? <li>{text}</li> : null;
}
