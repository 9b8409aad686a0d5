import { useState } from "preact/hooks";
import type { Rating } from "~/lib/scorecard/candidate";
import type { Criterion } from "~/lib/scorecard/criteria";
import { pure } from "~/components/ui/pure";
import { rate } from "~/stores/scorecard";

interface Props {
  /** Prefix of ids and the radio group's name, unique on the page. */
  id: string;
  criterion: Criterion;
  weight: number;
  rating: Rating;
  /** The candidate being rated: the group records its own choice. */
  candidateId: string;
}

const CHOICES: readonly Rating[] = [null, 0, 1, 2, 3, 4];

/**
 * One criterion as a row of radio buttons, "not assessed" then 0 to 4. Real
 * radios keep arrow keys and screen readers working; each one's name says
 * what the level means, and the chosen meaning is written out below.
 */
function RatingGroupView({ id, criterion, weight, rating, candidateId }: Props) {
  // Loaded when the reader first opens "What to look for".
  const [lookFor, setLookFor] = useState<string>();
  const meaning =
    rating === null ? "Not assessed yet" : `${rating}: ${criterion.levels[rating]}`;
  return (
    <fieldset class={weight === 0 ? "rating ignored" : "rating"}>
      <legend>
        {criterion.name}
        <span class="weight">{weight === 0 ? "not counted" : `weight ${weight}`}</span>
      </legend>
      <div class="segments">
        {CHOICES.map((choice) => (
          <label key={String(choice)}>
            <input
              type="radio"
              name={id}
              checked={rating === choice}
              onChange={() => rate(candidateId, criterion.id, choice)}
            />
            <span aria-hidden="true">{choice === null ? "–" : choice}</span>
            <span class="visually-hidden">
              {choice === null
                ? "Not assessed"
                : `${choice}: ${criterion.levels[choice]}`}
            </span>
          </label>
        ))}
      </div>
      <p class={rating === null ? "meaning muted" : "meaning"} aria-hidden="true">
        {meaning}
      </p>
      <details
        class="look-for"
        onToggle={(e) => {
          if (e.currentTarget.open && lookFor === undefined)
            void import("~/lib/scorecard/look-for").then((m) =>
              setLookFor(m.LOOK_FOR[criterion.id]),
            );
        }}
      >
        <summary>What to look for</summary>
        <p>
          {lookFor}{" "}
          <a href={criterion.guide}>
            Read the guide
            <span class="visually-hidden"> on {criterion.name.toLowerCase()}</span>
          </a>
        </p>
        <ol start={0} class="levels">
          {criterion.levels.map((level, i) => (
            <li key={i}>{level}</li>
          ))}
        </ol>
      </details>
    </fieldset>
  );
}

/**
 * Props are plain values and a constant criterion, so a group re-renders only
 * when its own rating or weight changes: typing a name re-renders the name,
 * not the card's seventy-odd radios.
 */
export const RatingGroup = pure(RatingGroupView);
