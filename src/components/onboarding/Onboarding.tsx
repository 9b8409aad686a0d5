// The onboarding checklist island: used on /tools/onboarding/ and embedded in
// the onboarding article (`<Onboarding client:visible headingLevel={3} />`).
// The questions render at once; the checklist, which needs the whole item
// catalogue, loads when it comes into view.
import { useEffect, useMemo } from "preact/hooks";
import { CoachNote } from "~/components/ui/coach-note/CoachNote";
import { LazySessionNotices } from "~/components/ui/LazySessionNotices";
import { WhenVisible } from "~/components/ui/WhenVisible";
import { onboardingSession, startOnboarding } from "~/stores/onboarding";
import { Heading, type HeadingLevel } from "./Heading";
import { Questions } from "./Questions";

interface Props {
  /** Level of the tool's own headings: 2 on its page, 3 inside an article section. */
  headingLevel?: HeadingLevel;
  /** Runs in an embed: the reader's saved answers and ticks are neither read nor written. */
  embedded?: boolean;
}

export default function Onboarding({ headingLevel = 2, embedded = false }: Props) {
  useEffect(() => void startOnboarding({ embedded }), []);
  const loadChecklist = useMemo(
    () => () =>
      import("./Checklist").then(({ Checklist }) => () => (
        <Checklist headingLevel={headingLevel} />
      )),
    [headingLevel],
  );
  return (
    <div class="tool onboarding">
      <CoachNote />
      <LazySessionNotices session={onboardingSession} />
      <div class="ob-layout">
        <section class="ob-questions" aria-labelledby="ob-questions-title">
          <Heading level={headingLevel} id="ob-questions-title">
            About the work
          </Heading>
          <Questions />
        </section>
        <WhenVisible load={loadChecklist} placeholderClass="ob-placeholder" />
      </div>
    </div>
  );
}
