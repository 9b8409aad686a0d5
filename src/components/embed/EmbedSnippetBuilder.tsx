// The embed snippet generator's island: the coach picks a tool, optionally
// pastes a tool link, picks light, dark or automatic colours, and copies the
// iframe and the host script. The snippet itself comes from
// src/lib/embed/embed-snippet.ts; this only holds the choices.
import { useEffect, useState } from "preact/hooks";
import { embedSnippet, type EmbedTheme, type EmbedTool } from "~/lib/embed/embed-snippet";

interface Props {
  /** The site's origin at build time; the page's own origin replaces it once running. */
  origin: string;
  /** The tools to offer, from the registry, in its order. */
  tools: readonly EmbedTool[];
}

const THEME_LABELS: Record<EmbedTheme, string> = {
  auto: "Follow the visitor's system setting",
  light: "Always light",
  dark: "Always dark",
};

function CopyArea({
  id,
  label,
  hint,
  text,
}: {
  id: string;
  label: string;
  hint: string;
  text: string;
}) {
  const [copied, setCopied] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("Copied.");
    } catch {
      setCopied("Copying did not work here: select the text and copy it by hand.");
    }
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        readOnly
        rows={4}
        aria-describedby={`${id}-hint`}
        value={text}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" class="secondary" onClick={copy}>
        Copy
      </button>{" "}
      <span role="status">{copied}</span>
    </div>
  );
}

export default function EmbedSnippetBuilder({ origin: siteOrigin, tools }: Props) {
  const [origin, setOrigin] = useState(siteOrigin);
  const [tool, setTool] = useState(tools[0]?.id ?? "");
  const [link, setLink] = useState("");
  const [theme, setTheme] = useState<EmbedTheme>("auto");
  useEffect(() => setOrigin(location.origin), []);
  const snippet = embedSnippet({ tool, link, theme }, origin, tools);
  return (
    <div class="tool embed-snippet">
      <fieldset>
        <legend>Which tool</legend>
        {tools.map(({ id, label }) => (
          <label key={id} class="choice">
            <input
              type="radio"
              name="embed-tool"
              value={id}
              checked={snippet.tool === id}
              onChange={() => {
                setTool(id);
                // A pasted link decides the tool; choosing another drops it.
                if (snippet.tool !== id) setLink("");
              }}
            />{" "}
            {label}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="embed-link">A tool link to start from (optional)</label>
        <p class="hint" id="embed-link-hint">
          Fill in the tool with your client's numbers, use its "Copy link" and paste the
          link here: the embed opens with the same values.
        </p>
        <input
          id="embed-link"
          type="text"
          inputMode="url"
          spellcheck={false}
          aria-describedby="embed-link-hint"
          value={link}
          onInput={(event) => setLink(event.currentTarget.value)}
        />
        {snippet.problem && <p class="notice">{snippet.problem}</p>}
      </div>
      <fieldset>
        <legend>Colours</legend>
        {(Object.keys(THEME_LABELS) as EmbedTheme[]).map((id) => (
          <label key={id} class="choice">
            <input
              type="radio"
              name="embed-theme"
              value={id}
              checked={theme === id}
              onChange={() => setTheme(id)}
            />{" "}
            {THEME_LABELS[id]}
          </label>
        ))}
      </fieldset>
      <CopyArea
        id="embed-iframe"
        label="1. The tool"
        hint="Paste this where the tool should appear on your page."
        text={snippet.iframe}
      />
      <CopyArea
        id="embed-script"
        label="2. The height script"
        hint="Paste this once per page, just before </body>. It lets the tool grow to fit its content; without it the tool keeps a fixed height and scrolls."
        text={snippet.script}
      />
    </div>
  );
}
