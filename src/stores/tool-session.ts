// One tool's working state and where it comes from. Every tool uses this, so
// the rules below hold everywhere:
//
// - The server and the first client render use the defaults, so hydration
//   matches; `start()` (called once the island is mounted) then loads:
//   a shared link's state when the URL carries the tool's keys ("shared" mode),
//   else the reader's own saved state, else the defaults.
// - The reader's own state is saved on every change, in "own" mode only. A
//   shared link never overwrites it: the banner offers to keep the link's
//   values as the reader's own, or to go back to them. Edits made while
//   viewing a link are kept in the address bar instead.
// - Stored data that a newer version wrote is never overwritten ("locked"),
//   by any action; unreadable data is reported, and when the reader changes
//   something it is first copied aside into the tool's recovery slot
//   (`<storageKey>:kept`, see save()), then replaced.
// - An action that throws values away (start over, keep a link's values,
//   clear ticks, remove a candidate, a preset) can be undone until the reader
//   leaves the page or does another such action: one Undo, the same everywhere.
// - A coach's note in the fragment ("#note=") stays there while the reader
//   works, and a new fragment (pasted into the address bar) is a new link.
// - Storage that is missing or throws only means nothing is remembered.
// - A session that must not persist (an embed on someone else's site) never
//   reads or writes storage: a link's values are simply the working state,
//   and every edit goes to the address bar.
import { atom, computed, type ReadableAtom } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import { readEnvelope, writeEnvelope, type ReadStatus } from "~/lib/storage/envelope";
import {
  $storageWorks,
  installStorageEngine,
  engine,
  readStored,
} from "./storage-engine";

/** Where the state on screen came from. */
export type StateSource = "own" | "shared";

/** What a tool tells the session about its state. */
export interface ToolSessionOptions<S> {
  /** localStorage key, e.g. "handoff:break-even". */
  storageKey: string;
  /** Version of the stored shape; bump it when the shape changes. */
  version: number;
  /** A fresh state (used for SSR, first render and "start over"). */
  initial: () => S;
  /** Builds a state from untrusted stored data, or null. */
  validate: (data: unknown) => S | null;
  /** Upgrades stored data from an older version, if possible. */
  migrate?: (data: unknown, fromVersion: number) => unknown;
  /**
   * The tool's link format, or a loader for it. A loader keeps the codec out of
   * the first download: it is fetched only when the URL carries a query or a
   * fragment, or when the reader copies a link.
   */
  link: LinkFormat<S> | (() => Promise<LinkFormat<S>>);
  /**
   * Whether the reader's own state is read and saved (default true). A
   * function is asked at every `start()`, so one store serves both a tool
   * page and an embed.
   */
  persist?: boolean | (() => boolean);
  /**
   * Whether a state holds work the reader would be sorry to lose; the first
   * time one is saved, the browser is asked to keep the site's storage
   * (Safari otherwise clears it after seven days without a visit).
   */
  worthKeeping?: (state: S) => boolean;
}

/** How a tool's state travels in a URL. */
export interface LinkFormat<S> {
  /** Reads a shared link; null when the URL has none of the tool's keys. */
  fromUrl: (url: URL, base: S) => { state: S; notices: string[] } | null;
  /** Writes `state` into a shareable link based on `page`. */
  toUrl: (state: S, page: URL) => URL;
  /** Removes the tool's keys from `url` (after the reader chose what to keep). */
  clearUrl: (url: URL) => URL;
}

/** The stores and actions of one tool's session. */
export interface ToolSession<S> {
  readonly $state: ReadableAtom<S>;
  readonly $source: ReadableAtom<StateSource>;
  /** Plain-text notices about ignored link settings. */
  readonly $notices: ReadableAtom<readonly string[]>;
  /** Why nothing is being saved, or null when saving works. */
  readonly $saveProblem: ReadableAtom<"unavailable" | "newer" | "unreadable" | null>;
  /** What the last action that threw values away did ("Started over."), while it can be undone. */
  readonly $undo: ReadableAtom<string | null>;
  /** Whether the reader has a state of their own saved. */
  readonly $hasOwn: ReadableAtom<boolean>;
  /** Whether anything above needs telling the reader (a shared link, notices, no saving). */
  readonly $hasNews: ReadableAtom<boolean>;
  /**
   * Loads the link's or the saved state (a mount is a fresh load, so calling
   * it again reloads). `example` replaces the defaults (an article's example).
   */
  start(base?: S): Promise<void>;
  /** Changes the working state. */
  update(change: (state: S) => S): void;
  dismissNotices(): void;
  /** A link that reproduces the state on screen. */
  shareUrl(): Promise<string>;
  /**
   * What the actions in tool-session-actions.ts (keep or leave a shared link,
   * start over, Undo) work with. They load when first used, as most visits
   * never need them; tools call them, never these.
   */
  readonly core: SessionCore<S>;
}

/** A session's insides, for tool-session-actions.ts. */
export interface SessionCore<S> {
  /** Reads the reader's own stored state, updating the stores that describe it. */
  readOwn: () => S | null;
  /** Sets the working state, saves it, and puts it in the address bar when it belongs there. */
  apply: (next: S) => void;
  /** Puts stored text back as it was (undefined removes it), as the session's own write. */
  restore: (raw: string | undefined) => void;
  /** The state "start over" goes back to. */
  base: () => S;
  loadLink: () => Promise<LinkFormat<S>>;
  /** The storage key. */
  key: string;
}

/** Creates the session for one tool; see the module comment for its rules. */
export function createToolSession<S>(options: ToolSessionOptions<S>): ToolSession<S> {
  const $state = atom<S>(options.initial());
  const $source = atom<StateSource>("own");
  const $notices = atom<readonly string[]>([]);
  const $status = atom<ReadStatus>("empty");
  const $undo = atom<string | null>(null);
  const key = options.storageKey;
  let $saved: ReturnType<typeof persistentAtom<string | undefined>> | undefined;
  let base = options.initial();
  let link = typeof options.link === "function" ? undefined : options.link;
  const loadLink = async (): Promise<LinkFormat<S>> =>
    (link ??= await (options.link as () => Promise<LinkFormat<S>>)());
  let lastWritten: string | undefined;
  let persisting = true;
  let askedToKeep = false;
  let listening = false;

  const readOwn = () => {
    // Without persistence nothing is stored as far as the session knows, so it
    // is never locked and has no own state.
    const { status, value } = readEnvelope(
      persisting ? readStored(key) : undefined,
      options.version,
      options.validate,
      options.migrate,
    );
    $status.set(status);
    return value;
  };

  const save = () => {
    if (!persisting || !$saved || $source.get() !== "own" || $status.get() === "newer")
      return;
    // Unreadable stored text goes aside into the tool's recovery slot before it
    // is replaced. The slot keeps the FIRST text set aside: that is the
    // reader's older work, which nothing else holds, and it stays until they
    // download or discard it (see recovery-slot.ts). The status stays
    // "unreadable" for the rest of the visit, so the notice goes on offering
    // the kept copy.
    if ($saveProblem.get() === "unreadable") engine![key + ":kept"] ??= engine![key]!;
    else $status.set("ok");
    lastWritten = writeEnvelope($state.get(), options.version);
    $saved.set(lastWritten);
    if (!askedToKeep && options.worthKeeping?.($state.get())) {
      askedToKeep = true;
      // The browser decides (Chrome from engagement, Firefox may ask); a
      // refusal only means the summary page keeps suggesting a backup.
      void navigator.storage?.persist?.().catch(() => false);
    }
  };

  const apply = (next: S) => {
    $state.set(next);
    save();
    // Edits to a shared link live in the address bar, so a reload keeps them
    // without touching the reader's own saved state. Without persistence
    // every edit goes there, so "Open in Handoff" carries it.
    if (!persisting || $source.get() === "shared")
      void import("./tool-session-actions").then((m) => m.writeLink(session));
  };

  // Without persistence the storage engine is never installed, so storage
  // "works" and nothing is stored: there is no save problem to report.
  const $saveProblem = computed([$storageWorks, $status], (works, status) =>
    !works
      ? ("unavailable" as const)
      : status === "newer"
        ? status
        : status === "corrupt" || status === "invalid"
          ? ("unreadable" as const)
          : null,
  );

  const session: ToolSession<S> = {
    $state,
    $source,
    $notices,
    $saveProblem,
    $undo,
    $hasNews: computed(
      [$source, $notices, $saveProblem, $undo],
      (source, notices, problem, undo) =>
        source === "shared" || notices.length > 0 || problem !== null || undo !== null,
    ),
    // Read back and accepted, or just saved.
    $hasOwn: computed($status, (status) => status === "ok"),

    async start(example) {
      const { persist = true } = options;
      persisting = typeof persist === "function" ? persist() : persist;
      if (!listening) {
        listening = true;
        // A link pasted into the address bar that differs only after "#" does
        // not reload the page: read it as the new link it is. A plain anchor
        // ("#section") has no "=" and changes nothing.
        addEventListener("hashchange", () => {
          if (location.hash.includes("=")) void session.start(base);
        });
      }
      if (persisting && !$saved) {
        installStorageEngine();
        $saved = persistentAtom<string | undefined>(key, undefined);
        // Another tab saved: follow it while showing the reader's own state,
        // and in any case learn whether it is a newer version's (never to be
        // overwritten).
        $saved.listen((raw) => {
          if (raw === lastWritten) return;
          const own = readOwn();
          if (own !== null && $source.get() === "own") $state.set(own);
        });
      }
      base = example ?? options.initial();
      const url = new URL(location.href);
      // Only a URL with a query or a fragment can be a shared link; the link
      // format is loaded just for those.
      const shared =
        url.search === "" && url.hash === ""
          ? null
          : (await loadLink()).fromUrl(url, base);
      const own = readOwn();
      // Without persistence a link's values are simply the working state.
      $source.set(shared && persisting ? "shared" : "own");
      $notices.set(shared?.notices ?? []);
      const next = shared?.state ?? own ?? base;
      // Most first visits start from exactly what the server rendered: keep
      // the state as it is then, so nothing recomputes or re-renders.
      if (JSON.stringify(next) !== JSON.stringify($state.get())) $state.set(next);
    },

    update(change) {
      apply(change($state.get()));
    },

    dismissNotices() {
      $notices.set([]);
    },

    async shareUrl() {
      return (await loadLink()).toUrl($state.get(), new URL(location.href)).href;
    },

    core: {
      readOwn,
      apply,
      restore(raw) {
        lastWritten = raw;
        $saved?.set(raw);
      },
      base: () => base,
      loadLink,
      key,
    },
  };
  return session;
}
