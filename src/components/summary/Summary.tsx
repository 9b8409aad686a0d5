// The one-page summary island. It reads the reader's saved work of all three
// tools straight from this browser's storage (nothing is sent anywhere) and
// turns each into a short section through the tools' own validators and
// models (src/lib/summary), loaded on demand so the page's first download
// stays small.
import { useEffect, useState } from "preact/hooks";
import type { BreakEvenSummary } from "~/lib/summary/break-even-summary";
import type { OnboardingSummary } from "~/lib/summary/onboarding-summary";
import type { ScorecardSummary } from "~/lib/summary/scorecard-summary";
import "./summary.css";

interface Sections {
  breakEven: BreakEvenSummary | null;
  scorecard: ScorecardSummary | null;
  onboarding: OnboardingSummary | null;
}

/** What is stored under `key`, or undefined when storage is missing or blocked. */
function stored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The reader's local calendar date, "YYYY-MM-DD". */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function readSections(): Promise<Sections> {
  const locale = navigator.language || "en-US";
  const [breakEven, scorecard, onboarding] = await Promise.all([
    import("~/lib/summary/break-even-summary").then((m) =>
      m.breakEvenSummary(stored("handoff:break-even"), locale),
    ),
    import("~/lib/summary/scorecard-summary").then((m) =>
      m.scorecardSummary(stored("handoff:scorecard")),
    ),
    import("~/lib/summary/onboarding-summary").then((m) =>
      m.onboardingSummary(stored("handoff:onboarding"), localToday(), locale),
    ),
  ]);
  return { breakEven, scorecard, onboarding };
}

function Empty({ tool, href }: { tool: string; href: string }) {
  return (
    <p class="summary-empty">
      Nothing saved here yet. Use the <a href={href}>{tool}</a>: what you enter there is
      kept in this browser and shows up on this page.
    </p>
  );
}

function BreakEvenSection({ summary }: { summary: BreakEvenSummary | null }) {
  return (
    <section class="summary-section" aria-labelledby="sum-be">
      <h2 id="sum-be">Delegate or do it yourself?</h2>
      {summary === null ? (
        <Empty tool="break-even calculator" href="/tools/break-even/" />
      ) : summary.kind === "incomplete" ? (
        <p>
          Your saved numbers have {summary.fields}{" "}
          {summary.fields === 1 ? "field" : "fields"} to fix before there is a verdict.{" "}
          <a href="/tools/break-even/">Open the calculator</a>.
        </p>
      ) : (
        <>
          <p class={`summary-verdict tone-${summary.tone}`}>
            <strong>{summary.headline}.</strong> {summary.reason}
          </p>
          <dl class="summary-figures">
            {summary.figures.map((figure) => (
              <div key={figure.label}>
                <dt>{figure.label}</dt>
                <dd>{figure.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

function ScorecardSection({ summary }: { summary: ScorecardSummary | null }) {
  return (
    <section class="summary-section" aria-labelledby="sum-sc">
      <h2 id="sum-sc">Candidate ranking</h2>
      {summary === null ? (
        <Empty tool="candidate scorecard" href="/tools/scorecard/" />
      ) : (
        <>
          {summary.role && <p class="muted">Role: {summary.role}</p>}
          <table class="summary-table">
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col">Candidate</th>
                <th scope="col">Score</th>
                <th scope="col">Evidence</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {summary.candidates.map((line, i) => (
                <tr key={i}>
                  <td>{line.place}</td>
                  <th scope="row">{line.name}</th>
                  <td>{line.score}</td>
                  <td>{line.evidencePercent}%</td>
                  <td>{line.band}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <strong>Next step:</strong> {summary.nextStep}
          </p>
        </>
      )}
    </section>
  );
}

function OnboardingSection({ summary }: { summary: OnboardingSummary | null }) {
  return (
    <section class="summary-section" aria-labelledby="sum-ob">
      <h2 id="sum-ob">Onboarding checklist</h2>
      {summary === null ? (
        <Empty tool="onboarding checklist" href="/tools/onboarding/" />
      ) : (
        <>
          <p>
            Starting {summary.start}: {summary.progress.done} of {summary.progress.total}{" "}
            steps done ({summary.progress.percent}%).
          </p>
          {summary.next.length === 0 ? (
            <p>Every step is ticked off.</p>
          ) : (
            <>
              <h3>Next up</h3>
              <ul class="summary-due">
                {summary.next.map((item, i) => (
                  <li key={i}>
                    <span class="summary-date">
                      {item.due}
                      {item.overdue && " (overdue)"}
                    </span>{" "}
                    {item.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

export default function Summary() {
  const [sections, setSections] = useState<Sections | null>(null);
  useEffect(() => {
    void readSections().then(setSections);
  }, []);
  if (!sections) return <p class="summary-loading">Reading your saved work…</p>;
  return (
    <div class="summary">
      <BreakEvenSection summary={sections.breakEven} />
      <ScorecardSection summary={sections.scorecard} />
      <OnboardingSection summary={sections.onboarding} />
      <p class="no-print">
        <button type="button" onClick={() => print()}>
          Print this page
        </button>
      </p>
    </div>
  );
}
