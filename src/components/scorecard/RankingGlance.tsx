// The ranking in a few lines, right under the ratings, where a reader on a
// phone finishes rating: the full comparison sits below the whole card there,
// thousands of pixels down. Wide screens show the comparison beside the card
// and hide this (scorecard.css).
import { useStore } from "~/components/ui/use-store";
import { BAND_TEXT } from "~/lib/scorecard/band-text";
import { candidateDisplayName } from "~/lib/scorecard/candidate";
import { $ranked } from "~/stores/scorecard";

export function RankingGlance() {
  const ranked = useStore($ranked);
  return (
    <section class="ranking-glance" aria-labelledby="sc-glance-title">
      <h4 id="sc-glance-title">Ranking so far</h4>
      <ol>
        {ranked.map(({ candidate, index, result, rankLabel }) => (
          <li key={candidate.id}>
            <span class="place">{rankLabel}</span>{" "}
            <strong>{candidateDisplayName(candidate, index)}</strong>:{" "}
            {result.scoreRounded === null
              ? "no score yet"
              : `${result.scoreRounded} / 100`}
            , {BAND_TEXT[result.band].label}
          </li>
        ))}
      </ol>
      <p>
        <a href="#sc-comparison-title">The full comparison</a>
      </p>
    </section>
  );
}
