// The first Intl object a page makes costs tens of milliseconds of ICU set-up
// (30 ms for a number formatter on the project's machine, several times that
// on a slow phone), all inside the task that hydrates a tool. The server has
// already formatted every number the first render shows, so it records those
// texts and the page plants them before the tools' stores load: the first
// render, in the reader's default locale, then makes no Intl object at all.
// Anything not recorded (another locale, a shared link's numbers, the next
// keystroke) is formatted as usual.

/** Texts keyed by what produced them: locale, options and value. */
export type FormatSeeds = Readonly<Record<string, string>>;

// Seeds only ever hold what the same key formatted to on the server, so a hit
// is exactly the text Intl would give; the map is bounded by the recording.
const planted = new Map<string, string>();
let recording: Record<string, string> | null = null;

/**
 * The text for `key`: a planted seed, or `format()` (recorded when recording).
 * A seed is what `format()` gave for the same key on the server, so it has the
 * same type (a currency code stays one).
 */
export function seeded<T extends string>(key: string, format: () => T): T {
  const seed = planted.get(key) as T | undefined;
  if (seed !== undefined) return seed;
  const text = format();
  if (recording !== null) recording[key] = text;
  return text;
}

/** Makes `seeds` the texts for their keys (in the browser, before any render). */
export function plantSeeds(seeds: FormatSeeds): void {
  for (const [key, text] of Object.entries(seeds)) planted.set(key, text);
}

/** Runs `render` and returns every text it formatted through {@link seeded} (server). */
export function recordSeeds(render: () => void): FormatSeeds {
  const outer = recording;
  recording = {};
  try {
    render();
    return recording;
  } finally {
    recording = outer;
  }
}
