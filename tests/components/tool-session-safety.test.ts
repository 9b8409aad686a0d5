// What the shared session guarantees every tool about the reader's data
// (issue 17): a newer version's save is never overwritten, every action that
// throws values away can be undone, a coach's note stays in the address while
// the reader works, a new fragment is a new link, and a save that cannot be
// read is reported.
import { beforeEach, describe, expect, it } from "vitest";
import { createToolSession, type LinkFormat } from "~/stores/tool-session";
import {
  dismissUndo,
  keepNote,
  keepShared,
  offerUndo,
  startOver,
  undo,
} from "~/stores/tool-session-actions";

interface Counter {
  n: number;
}

// Like the break-even calculator's: everything in the query, and a link it
// writes drops the page's fragment.
const link: LinkFormat<Counter> = {
  fromUrl: (url, base) => {
    const n = url.searchParams.get("n");
    return n === null ? null : { state: { ...base, n: Number(n) }, notices: [] };
  },
  toUrl: (state, page) => {
    const url = new URL(page.pathname, page);
    url.searchParams.set("n", String(state.n));
    return url;
  },
  clearUrl: (url) => {
    const copy = new URL(url);
    copy.searchParams.delete("n");
    return copy;
  },
};

// Like the scorecard's: its state after "#", where a coach's note lives too.
const fragmentLink: LinkFormat<Counter> = {
  fromUrl: (url, base) => {
    const n = new URLSearchParams(url.hash.slice(1)).get("c");
    return n === null ? null : { state: { ...base, n: Number(n) }, notices: [] };
  },
  toUrl: (state, page) => {
    const url = new URL(page.pathname, page);
    url.hash = `c=${state.n}`;
    return url;
  },
  clearUrl: (url) => {
    const copy = new URL(url);
    copy.hash = "";
    return copy;
  },
};

const KEY = "handoff:test-safety";

const session = (
  options: { persist?: boolean; format?: LinkFormat<Counter>; version?: number } = {},
) =>
  createToolSession<Counter>({
    storageKey: KEY,
    version: options.version ?? 1,
    initial: () => ({ n: 0 }),
    validate: (data) =>
      typeof data === "object" &&
      data !== null &&
      "n" in data &&
      typeof data.n === "number"
        ? { n: data.n }
        : null,
    link: options.format ?? link,
    persist: options.persist ?? true,
  });

const saved = (n: number) => JSON.stringify({ v: 1, data: { n } });
const NEWER = JSON.stringify({ v: 2, data: { n: 1, more: "from a later version" } });

/** Waits until the lazily loaded actions have written the address bar. */
const settled = () => new Promise((done) => setTimeout(done, 0));

const until = async (check: () => boolean) => {
  while (!check()) await settled();
};

describe("a newer version's save (item 1)", () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, "", "/tools/test/?n=5");
  });

  it("is never overwritten by Keep these values as mine", async () => {
    localStorage.setItem(KEY, NEWER);
    const s = session();
    await s.start();
    expect(s.$source.get()).toBe("shared");
    expect(await keepShared(s)).toBe(false);
    expect(localStorage.getItem(KEY)).toBe(NEWER);
    expect(s.$source.get()).toBe("shared");
    expect(s.$saveProblem.get()).toBe("newer");
  });

  it("is found again at Keep when another tab wrote it after the page opened", async () => {
    localStorage.setItem(KEY, saved(7));
    const s = session();
    await s.start();
    localStorage.setItem(KEY, NEWER);
    expect(await keepShared(s)).toBe(false);
    expect(localStorage.getItem(KEY)).toBe(NEWER);
  });

  it("is never overwritten by Start over or an edit", async () => {
    history.replaceState(null, "", "/tools/test/");
    localStorage.setItem(KEY, NEWER);
    const s = session();
    await s.start();
    s.update(() => ({ n: 3 }));
    startOver(s);
    expect(localStorage.getItem(KEY)).toBe(NEWER);
  });
});

describe("Undo (item 3)", () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, "", "/tools/test/");
  });

  it("brings back the reader's own saved values, the link and its address after Keep", async () => {
    localStorage.setItem(KEY, saved(7));
    history.replaceState(null, "", "/tools/test/?n=5");
    const s = session();
    await s.start();
    expect(await keepShared(s)).toBe(true);
    expect(JSON.parse(localStorage.getItem(KEY) as string).data).toEqual({ n: 5 });
    expect(location.search).toBe("");
    expect(s.$undo.get()).toBe("Kept the link's values as yours.");
    undo(s);
    expect(localStorage.getItem(KEY)).toBe(saved(7));
    expect(s.$source.get()).toBe("shared");
    expect(s.$state.get()).toEqual({ n: 5 });
    expect(location.search).toBe("?n=5");
    expect(s.$undo.get()).toBeNull();
  });

  it("removes what Keep saved when the reader had nothing saved before", async () => {
    history.replaceState(null, "", "/tools/test/?n=5");
    const s = session();
    await s.start();
    await keepShared(s);
    undo(s);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(s.$hasOwn.get()).toBe(false);
  });

  it("brings back the state before Start over, saved again", async () => {
    localStorage.setItem(KEY, saved(7));
    const s = session();
    await s.start();
    startOver(s);
    expect(s.$state.get()).toEqual({ n: 0 });
    expect(s.$undo.get()).toBe("Started over.");
    undo(s);
    expect(s.$state.get()).toEqual({ n: 7 });
    expect(localStorage.getItem(KEY)).toBe(saved(7));
  });

  it("puts back what a tool's change removed, keeping what changed since", async () => {
    localStorage.setItem(KEY, saved(7));
    const s = session();
    await s.start();
    s.update(() => ({ n: 0 }));
    offerUndo(s, { text: "Cleared.", revert: (state) => ({ n: state.n + 7 }) });
    s.update((state) => ({ n: state.n + 1 }));
    undo(s);
    expect(s.$state.get()).toEqual({ n: 8 });
  });

  it("lasts until it is used or dismissed, one offer at a time", async () => {
    const s = session();
    await s.start();
    startOver(s);
    s.update(() => ({ n: 2 }));
    s.update(() => ({ n: 3 }));
    expect(s.$undo.get()).toBe("Started over.");
    expect(s.$hasNews.get()).toBe(true);
    offerUndo(s, { text: "Cleared.", revert: () => ({ n: 9 }) });
    expect(s.$undo.get()).toBe("Cleared.");
    dismissUndo(s);
    expect(s.$undo.get()).toBeNull();
    undo(s);
    expect(s.$state.get()).toEqual({ n: 3 });
  });
});

describe("a coach's note in the address (item 6)", () => {
  beforeEach(() => localStorage.clear());

  it("stays after the first edit in an embed, whose link format drops the fragment", async () => {
    history.replaceState(null, "", "/embed/test/?n=45#note=Hello");
    const s = session({ persist: false });
    await s.start();
    s.update(() => ({ n: 61 }));
    await until(() => location.search === "?n=61");
    expect(location.hash).toBe("#note=Hello");
  });

  it("stays beside a state the tool keeps after the #", async () => {
    history.replaceState(null, "", "/embed/test/#c=1&note=Hi+there");
    const s = session({ persist: false, format: fragmentLink });
    await s.start();
    s.update(() => ({ n: 2 }));
    await until(() => location.hash.includes("c=2"));
    expect(new URLSearchParams(location.hash.slice(1)).get("note")).toBe("Hi there");
  });

  it("stays when Keep takes the tool's keys out of the address", async () => {
    history.replaceState(null, "", "/tools/test/#c=4&note=Keep+me");
    const s = session({ format: fragmentLink });
    await s.start();
    await keepShared(s);
    expect(location.hash).toBe("#note=Keep+me");
  });

  it("is not added where there was none", () => {
    history.replaceState(null, "", "/tools/test/");
    expect(keepNote(new URL("https://x.test/a/?n=1")).href).toBe("https://x.test/a/?n=1");
  });
});

describe("a new fragment pasted into the address bar (item 7)", () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, "", "/tools/test/");
  });

  it("is read as a new link", async () => {
    const s = session({ format: fragmentLink });
    await s.start();
    expect(s.$source.get()).toBe("own");
    history.replaceState(null, "", "/tools/test/#c=9&note=Coach+says+hi");
    dispatchEvent(new HashChangeEvent("hashchange"));
    await until(() => s.$source.get() === "shared");
    expect(s.$state.get()).toEqual({ n: 9 });
  });

  it("is ignored when it is a plain anchor", async () => {
    localStorage.setItem(KEY, saved(7));
    const s = session({ format: fragmentLink });
    await s.start();
    s.update(() => ({ n: 8 }));
    history.replaceState(null, "", "/tools/test/#section");
    dispatchEvent(new HashChangeEvent("hashchange"));
    await settled();
    expect(s.$state.get()).toEqual({ n: 8 });
  });
});

describe("a save that cannot be read (items 5 and 8)", () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, "", "/tools/test/");
  });

  it.each([
    ["not JSON (corrupt)", "{nope", 1],
    ["data the tool rejects (invalid)", saved(7).replace("7", '"seven"'), 1],
    ["an older version with no migration", saved(7), 2],
  ])(
    "is reported when it is %s, and set aside before the reader's first change replaces it",
    async (_, raw, version) => {
      localStorage.setItem(KEY, raw);
      const s = session({ version });
      await s.start();
      expect(s.$saveProblem.get()).toBe("unreadable");
      expect(s.$hasNews.get()).toBe(true);
      expect(localStorage.getItem(KEY)).toBe(raw);
      expect(localStorage.getItem(`${KEY}:kept`)).toBeNull();
      s.update(() => ({ n: 1 }));
      expect(localStorage.getItem(`${KEY}:kept`)).toBe(raw);
      expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({
        v: version,
        data: { n: 1 },
      });
      // The notice goes on offering the kept copy for the rest of the visit.
      expect(s.$saveProblem.get()).toBe("unreadable");
      s.update(() => ({ n: 2 }));
      expect(localStorage.getItem(`${KEY}:kept`)).toBe(raw);
      expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({
        v: version,
        data: { n: 2 },
      });
    },
  );

  it("keeps the first text set aside when the slot already holds one", async () => {
    localStorage.setItem(`${KEY}:kept`, "{first");
    localStorage.setItem(KEY, "{second");
    const s = session();
    await s.start();
    s.update(() => ({ n: 1 }));
    expect(localStorage.getItem(`${KEY}:kept`)).toBe("{first");
  });

  it("sets nothing aside when the save is readable, and a newer one stays untouched", async () => {
    localStorage.setItem(KEY, saved(7));
    const ok = session();
    await ok.start();
    ok.update(() => ({ n: 1 }));
    expect(localStorage.getItem(`${KEY}:kept`)).toBeNull();
    expect(ok.$saveProblem.get()).toBeNull();

    localStorage.setItem(KEY, NEWER);
    const newer = session();
    await newer.start();
    newer.update(() => ({ n: 2 }));
    expect(localStorage.getItem(KEY)).toBe(NEWER);
    expect(localStorage.getItem(`${KEY}:kept`)).toBeNull();
  });

  it("sets nothing aside when nothing was stored", async () => {
    const s = session();
    await s.start();
    s.update(() => ({ n: 1 }));
    expect(localStorage.getItem(`${KEY}:kept`)).toBeNull();
    expect(s.$saveProblem.get()).toBeNull();
  });
});
