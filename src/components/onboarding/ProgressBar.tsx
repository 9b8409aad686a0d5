import type { Tally } from "~/lib/onboarding/progress";

interface Props {
  /** Id of the text, which names the bar for assistive technology. */
  id: string;
  /** Shown before the count, e.g. "Overall"; a phase's count needs none. */
  label?: string;
  tally: Tally;
  /** Id of a heading that names what is counted, read before the count. */
  titleId?: string;
}

/** "Overall: 3 of 14 done" (or just "3 of 14 done") with a bar; the text is what prints. */
export function ProgressBar({ id, label, tally, titleId }: Props) {
  return (
    <p class="ob-progress">
      <span id={id}>
        {label && `${label}: `}
        {tally.done} of {tally.total} done
      </span>
      <progress
        value={tally.done}
        max={Math.max(tally.total, 1)}
        aria-labelledby={titleId ? `${titleId} ${id}` : id}
      />
    </p>
  );
}
