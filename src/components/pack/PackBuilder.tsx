// The coaches' pack builder: one box per registered tool for a link copied
// from it, one note, and the pack link. The checks and the tools' codecs load
// when the coach asks for the link (src/lib/pack/make-pack.ts).
import { useRef, useState } from "preact/hooks";
import type { PackTool } from "~/lib/pack/check-tool-link";
import type { MadePack } from "./make-pack";
import "./pack-builder.css";

interface Props {
  /** The registered tools, in the registry's order. */
  tools: readonly PackTool[];
  /** The longest note, in characters (src/lib/coaches/coach-note.ts). */
  noteMaxLength: number;
}

const fieldId = (id: string) => `pack-link-${id}`;

export default function PackBuilder({ tools, noteMaxLength }: Props) {
  const [pasted, setPasted] = useState<Record<string, string>>({});
  const [note, setNote] = useState("");
  const [made, setMade] = useState<MadePack | null>(null);
  const [status, setStatus] = useState("");
  const result = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);

  const make = async (event: Event) => {
    event.preventDefault();
    setStatus("");
    const { makePack } = await import("./make-pack");
    const next = await makePack({ note, pasted }, tools, location.origin);
    setMade(next);
    // Focus goes where the coach needs to look next: the link, or the first problem.
    requestAnimationFrame(() => {
      if (next.ok) result.current?.focus();
      else {
        const first = tools.find((tool) => next.errors[tool.id]);
        const target = first
          ? form.current?.querySelector<HTMLElement>(`#${fieldId(first.id)}`)
          : form.current?.querySelector<HTMLElement>("#pack-problem");
        target?.focus();
      }
    });
  };

  const copy = async () => {
    if (!made?.ok) return;
    try {
      await navigator.clipboard.writeText(made.href);
      setStatus("Copied. Paste it into your email or chat.");
    } catch {
      setStatus("Copying did not work here: select the link and copy it by hand.");
    }
  };

  const errors = made && !made.ok ? made.errors : {};
  return (
    <form class="pack-builder tool" ref={form} noValidate onSubmit={make}>
      {tools.map((tool) => {
        const id = fieldId(tool.id);
        const error = errors[tool.id];
        return (
          <div class={error ? "field has-error" : "field"} key={tool.id}>
            <label for={id}>Link from the {tool.shortName}</label>
            <p class="hint" id={`${id}-hint`}>
              Optional. In the {tool.shortName}, press Copy link and paste it here.
            </p>
            <input
              id={id}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              value={pasted[tool.id] ?? ""}
              aria-invalid={error ? "true" : undefined}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
              onInput={(event) =>
                setPasted({ ...pasted, [tool.id]: event.currentTarget.value })
              }
            />
            {error && (
              <div class="error-message" id={`${id}-error`}>
                <p>{error.problem}</p>
                {error.details.length > 0 && (
                  <ul>
                    {error.details.map((detail) => (
                      <li key={detail}>{detail}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
        );
      })}
      <div class="field">
        <label for="pack-note">Your note for the client</label>
        <p class="hint" id="pack-note-hint">
          Optional, up to {noteMaxLength} characters of plain text. It travels after the #
          in the link, so it never reaches a server.
        </p>
        <textarea
          id="pack-note"
          rows={3}
          maxLength={noteMaxLength}
          aria-describedby="pack-note-hint"
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </div>
      <p>
        <button type="submit">Make the pack link</button>
      </p>
      {made && !made.ok && made.problem && (
        <p class="error-message" id="pack-problem" tabIndex={-1}>
          {made.problem}
        </p>
      )}
      <div role="status" class="pack-made">
        {made?.ok && (
          <p>
            Your pack link, with {made.tools} {made.tools === 1 ? "tool" : "tools"}
            {note.trim() === "" ? "" : " and your note"}, is ready.
          </p>
        )}
      </div>
      {made?.ok && (
        <div class="field">
          <label for="pack-result">Pack link</label>
          <textarea
            id="pack-result"
            ref={result}
            readOnly
            rows={4}
            value={made.href}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" class="secondary" onClick={copy}>
            Copy
          </button>{" "}
          <a href={made.href}>Open the pack</a> <span role="status">{status}</span>
        </div>
      )}
    </form>
  );
}
