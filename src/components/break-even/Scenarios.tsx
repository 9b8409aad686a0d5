// The scenarios panel: save the calculator's numbers under a name, open,
// rename or delete a saved one, and compare them side by side (cards that
// stack on a phone). A comparison opened from a link is shown as such, and
// replaces the reader's own only when they keep it.
import { useEffect, useRef, useState } from "preact/hooks";
import { Announcer } from "~/components/ui/Announcer";
import { CopyLinkButton } from "~/components/ui/CopyLinkButton";
import { useStore } from "~/components/ui/use-store";
import { scenarioColumn } from "~/lib/break-even/scenario-column";
import { MAX_SCENARIOS, SCENARIO_NAME_MAX_LENGTH } from "~/lib/break-even/scenarios";
import { $dateOf, $locale, $verdictReasons } from "~/stores/break-even";
import {
  $scenarioMessage,
  $scenarios,
  comparisonUrl,
  deleteScenario,
  openScenario,
  renameScenario,
  saveCurrent,
  scenarioSession,
} from "~/stores/break-even-scenarios";
import "./scenarios.css";

function SaveForm() {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const problem = saveCurrent(name);
    setError(problem);
    if (problem === null) setName("");
    input.current?.focus();
  };
  return (
    <form class="scenario-save" onSubmit={submit} noValidate>
      <label for="scenario-name">Name these numbers</label>
      {error && (
        <p class="error-message" id="scenario-name-error">
          {error}
        </p>
      )}
      <div class="actions">
        <input
          id="scenario-name"
          ref={input}
          type="text"
          value={name}
          maxLength={SCENARIO_NAME_MAX_LENGTH}
          placeholder="Agency quote"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "scenario-name-error" : undefined}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <button type="submit">Save as a scenario</button>
      </div>
    </form>
  );
}

const actions = () => import("~/stores/tool-session-actions");

function SavedList() {
  const list = useStore($scenarios);
  const [renaming, setRenaming] = useState<number | null>(null);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (list.length === 0)
    return <p class="hint">No scenarios saved yet. Up to {MAX_SCENARIOS} can be kept.</p>;
  return (
    <ul class="scenario-list">
      {list.map((scenario, index) =>
        renaming === index ? (
          <li key={index}>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                const problem = renameScenario(index, draft);
                setError(problem);
                if (problem === null) setRenaming(null);
              }}
              noValidate
            >
              <label for="scenario-rename">New name for “{scenario.name}”</label>
              {error && (
                <p class="error-message" id="scenario-rename-error">
                  {error}
                </p>
              )}
              <div class="actions">
                <input
                  id="scenario-rename"
                  type="text"
                  value={draft}
                  maxLength={SCENARIO_NAME_MAX_LENGTH}
                  aria-describedby={error ? "scenario-rename-error" : undefined}
                  onInput={(event) => setDraft(event.currentTarget.value)}
                  ref={(element) => element?.focus()}
                />
                <button type="submit">Save name</button>
                <button type="button" class="secondary" onClick={() => setRenaming(null)}>
                  Cancel
                </button>
              </div>
            </form>
          </li>
        ) : (
          <li key={index}>
            <span class="scenario-name">{scenario.name}</span>
            <span class="actions">
              <button
                type="button"
                class="secondary"
                onClick={() => void openScenario(scenario)}
                aria-label={`Open “${scenario.name}” in the calculator`}
              >
                Open
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setDraft(scenario.name);
                  setError(null);
                  setRenaming(index);
                }}
                aria-label={`Rename “${scenario.name}”`}
              >
                Rename
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => void deleteScenario(index)}
                aria-label={`Delete “${scenario.name}”`}
              >
                Delete
              </button>
            </span>
          </li>
        ),
      )}
    </ul>
  );
}

function Comparison() {
  const compared = useStore($scenarios);
  const locale = useStore($locale);
  const dateOf = useStore($dateOf);
  const words = useStore($verdictReasons);
  if (compared.length === 0 || !words) return null;
  return (
    <>
      <h3>Side by side</h3>
      <ol class="scenario-compare">
        {compared.map((scenario, index) => {
          const column = scenarioColumn(scenario, { locale, dateOf, words });
          return (
            column && (
              <li key={index} class={`verdict tone-${column.verdict.tone}`}>
                <h4>{column.name}</h4>
                <p class="headline">{column.verdict.headline}.</p>
                <dl class="figures">
                  {column.figures.map((figure) => (
                    <div key={figure.label}>
                      <dt>{figure.label}</dt>
                      <dd>{figure.value}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            )
          );
        })}
      </ol>
      <CopyLinkButton
        getUrl={comparisonUrl}
        note="Whoever opens the link sees this comparison; the names stay in the part of the link that is never sent to a server."
      />
    </>
  );
}

export function Scenarios() {
  const source = useStore(scenarioSession.$source);
  const notices = useStore(scenarioSession.$notices);
  const problem = useStore(scenarioSession.$saveProblem);
  const undone = useStore(scenarioSession.$undo);
  const message = useStore($scenarioMessage);
  const [refused, setRefused] = useState(false);
  useEffect(() => void scenarioSession.start(), []);
  return (
    <section class="scenarios" aria-labelledby="scenarios-title">
      <h2 id="scenarios-title">Scenarios</h2>
      {source === "shared" ? (
        <div class="banner" role="region" aria-label="Shared comparison">
          <p>
            <strong>You are looking at scenarios from a link.</strong> Your own saved
            scenarios are untouched until you choose to keep these.
          </p>
          {refused && (
            <p role="alert">
              These cannot be kept here: your saved scenarios were written by a newer
              version of Handoff. Reload the page to get it.
            </p>
          )}
          <p class="actions">
            <button
              type="button"
              onClick={() =>
                void actions()
                  .then((m) => m.keepShared(scenarioSession))
                  .then((kept) => setRefused(!kept))
              }
            >
              Keep these scenarios
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => void actions().then((m) => m.leaveShared(scenarioSession))}
            >
              Back to my scenarios
            </button>
          </p>
        </div>
      ) : (
        <p class="hint">
          Save the numbers above under a name (“Agency quote”, “Do it myself for now”),
          change them, and save again: up to {MAX_SCENARIOS} scenarios, compared side by
          side.
        </p>
      )}
      {notices.length > 0 && (
        <div class="notice" role="region" aria-label="Link problems">
          <ul>
            {notices.map((notice, i) => (
              <li key={i}>{notice}.</li>
            ))}
          </ul>
        </div>
      )}
      {problem === "newer" && (
        <p class="quiet-notice">
          Your scenarios were saved by a newer version of Handoff, so this page will not
          save over them. Reload to get the newer version.
        </p>
      )}
      {problem === "unreadable" && (
        <p class="quiet-notice">
          Your saved scenarios could not be read (they may be damaged). They stay stored
          until you save a new one.
        </p>
      )}
      {source === "own" && (
        <>
          <SaveForm />
          <SavedList />
        </>
      )}
      <Comparison />
      {undone !== null && (
        <div class="undo-bar" role="status">
          <p>{undone}</p>
          <p class="actions">
            <button
              type="button"
              onClick={() => void actions().then((m) => m.undo(scenarioSession))}
            >
              Undo
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => void actions().then((m) => m.dismissUndo(scenarioSession))}
            >
              Dismiss
            </button>
          </p>
        </div>
      )}
      <Announcer message={message} />
    </section>
  );
}
