import { useStore } from "~/components/ui/use-store";
import { defaultCandidateName, NAME_MAX_LENGTH } from "~/lib/scorecard/candidate";
import { CRITERIA } from "~/lib/scorecard/criteria";
import { WhenVisible } from "~/components/ui/WhenVisible";
import { $open, $scorecard, renameCandidate } from "~/stores/scorecard";
import { RankingGlance } from "./RankingGlance";
import { RatingGroup } from "./RatingGroup";
import { ResultSummary } from "./ResultSummary";

// Dealbreakers, price, note and actions load as the reader scrolls to them.
const loadExtras = () => import("./CardExtras").then((m) => m.CardExtras);

/** The open candidate: name, result and a rating per criterion, then {@link CardExtras}. */
export function CandidateCard() {
  const { candidate, index } = useStore($open);
  const { weights } = useStore($scorecard);
  const id = `sc-${candidate.id}`;
  const placeholder = defaultCandidateName(index);
  // Heaviest first, so the criteria that decide the most are rated first.
  const criteria = [...CRITERIA].sort((a, b) => weights[b.id] - weights[a.id]);
  return (
    <section class="candidate-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="visually-hidden">
        Rating {candidate.name.trim() || placeholder}
      </h3>
      <div class="field">
        <label for={`${id}-name`}>Name</label>
        <p class="hint" id={`${id}-name-hint`}>
          Optional. Names stay in this browser.
        </p>
        <input
          id={`${id}-name`}
          type="text"
          class="name"
          autoComplete="off"
          maxLength={NAME_MAX_LENGTH}
          placeholder={placeholder}
          aria-describedby={`${id}-name-hint`}
          value={candidate.name}
          onInput={(e) => renameCandidate(candidate.id, e.currentTarget.value)}
        />
      </div>
      <ResultSummary />
      <h4>Ratings</h4>
      <p class="hint">
        Rate what you have seen evidence of; leave the rest at “–”, not assessed. Heavier
        criteria come first.
      </p>
      {criteria.map((criterion) => (
        <RatingGroup
          key={criterion.id}
          id={`${id}-${criterion.id}`}
          criterion={criterion}
          weight={weights[criterion.id]}
          rating={candidate.ratings[criterion.id]}
          candidateId={candidate.id}
        />
      ))}
      <RankingGlance />
      <WhenVisible load={loadExtras} placeholderClass="extras-placeholder" />
    </section>
  );
}
