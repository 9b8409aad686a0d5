import { useStore } from "~/components/ui/use-store";
import { BAND_TEXT, nextStepText } from "~/lib/scorecard/band-text";
import { candidateDisplayName } from "~/lib/scorecard/candidate";
import { findingText } from "~/lib/scorecard/finding-text";
import { leadText } from "~/lib/scorecard/lead-text";
import { presetById } from "~/lib/scorecard/presets";
import { priceConcernText } from "~/lib/scorecard/price-concern";
import { $locale, $ranked, $scorecard, openCandidate } from "~/stores/scorecard";
import { ShareActions } from "./ShareActions";

/** Every candidate side by side, best first, with who to trial first and why. */
export function Comparison() {
  const ranked = useStore($ranked);
  const scorecard = useStore($scorecard);
  const locale = useStore($locale);
  const { role } = scorecard;
  const price = (result: (typeof ranked)[number]["result"]) =>
    priceConcernText(result, scorecard, locale);
  return (
    <section class="comparison" aria-labelledby="sc-comparison-title">
      <h2 id="sc-comparison-title">
        Comparison<span class="print-only">: {presetById(role).label}</span>
      </h2>
      <p class="lead">{leadText(ranked)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Candidate</th>
            <th scope="col" class="num">
              Score
            </th>
            <th scope="col" class="num">
              {/* Soft hyphens let the narrowest phones break these words. */}
              Evi{"\u00ad"}dence
            </th>
          </tr>
        </thead>
        <tbody>
          {ranked.map(({ candidate, index, result, rankLabel, tied, rank }) => {
            const name = candidateDisplayName(candidate, index);
            return (
              <tr key={candidate.id}>
                <td>
                  {tied ? (
                    <>
                      <span aria-hidden="true">{rankLabel}</span>
                      <span class="visually-hidden">tied {rank}</span>
                    </>
                  ) : (
                    rankLabel.replace("Unranked", "Un\u00adranked")
                  )}
                </td>
                <th scope="row">
                  <button
                    type="button"
                    class="link"
                    onClick={() => openCandidate(candidate.id)}
                  >
                    {name}
                  </button>
                  <span class={`band ${result.band}`}>
                    {BAND_TEXT[result.band].label}
                  </span>
                  {price(result) && <span class="price-concern">{price(result)}</span>}
                </th>
                <td class="num">{result.scoreRounded ?? "–"}</td>
                <td class="num">{result.evidencePercent}%</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="hint">
        Scores count assessed criteria only; evidence is the share of the weight you have
        assessed. Equal scores share a place (=).
      </p>
      <ul class="print-only print-details">
        {ranked.map(({ candidate, index, result }) => (
          <li key={candidate.id}>
            <strong>{candidateDisplayName(candidate, index)}</strong>:{" "}
            {nextStepText(result.band, result.dealbreakers)}
            {result.strengths.length > 0 &&
              ` Strengths: ${result.strengths.map(findingText).join("; ")}.`}
            {(result.concerns.length > 0 || price(result)) &&
              ` Concerns: ${[price(result), ...result.concerns.map(findingText)]
                .filter(Boolean)
                .join("; ")}.`}
          </li>
        ))}
      </ul>
      <ShareActions />
    </section>
  );
}
