// A session created with persist: false (an embed) in happy-dom: it must
// behave like a tool with nothing saved and never touch localStorage.
import { beforeEach, describe, expect, it } from "vitest";
import { createToolSession, type LinkFormat } from "~/stores/tool-session";

interface Counter {
  n: number;
}

const link: LinkFormat<Counter> = {
  fromUrl: (url, base) => {
    const n = url.searchParams.get("n");
    return n === null ? null : { state: { ...base, n: Number(n) }, notices: [] };
  },
  toUrl: (state, page) => {
    const url = new URL(page);
    url.searchParams.set("n", String(state.n));
    return url;
  },
  clearUrl: (url) => {
    const copy = new URL(url);
    copy.searchParams.delete("n");
    return copy;
  },
};

const KEY = "handoff:test-counter";

const session = (persist?: boolean | (() => boolean)) =>
  createToolSession<Counter>({
    storageKey: KEY,
    version: 1,
    initial: () => ({ n: 0 }),
    validate: (data) =>
      typeof data === "object" &&
      data !== null &&
      "n" in data &&
      typeof data.n === "number"
        ? { n: data.n }
        : null,
    link,
    ...(persist === undefined ? {} : { persist }),
  });

const saved = (n: number) => JSON.stringify({ v: 1, data: { n } });

/** Every key and value in localStorage, to compare before and after. */
const snapshot = () =>
  Object.fromEntries(
    Array.from({ length: localStorage.length }, (_, i) => {
      const key = localStorage.key(i) as string;
      return [key, localStorage.getItem(key)];
    }),
  );

const flush = () => new Promise((done) => setTimeout(done, 0));

describe("createToolSession with persist: false", () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, "", "/embed/test/");
  });

  it("ignores the reader's saved state and starts from the defaults", async () => {
    localStorage.setItem(KEY, saved(7));
    const s = session(false);
    await s.start();
    expect(s.$state.get()).toEqual({ n: 0 });
    expect(s.$hasOwn.get()).toBe(false);
  });

  it("never writes the reader's storage, however the state changes", async () => {
    localStorage.setItem(KEY, saved(7));
    const before = snapshot();
    const s = session(false);
    await s.start();
    s.update((state) => ({ n: state.n + 1 }));
    const actions = await import("~/stores/tool-session-actions");
    actions.startOver(s);
    await actions.keepShared(s);
    await flush();
    expect(snapshot()).toEqual(before);
  });

  it("treats a link's values as the working state, with no shared-link banner", async () => {
    history.replaceState(null, "", "/embed/test/?n=5");
    const s = session(false);
    await s.start();
    expect(s.$state.get()).toEqual({ n: 5 });
    expect(s.$source.get()).toBe("own");
    expect(s.$hasNews.get()).toBe(false);
  });

  it("keeps edits in the address bar (5 + 1 = 6), so a link out carries them", async () => {
    history.replaceState(null, "", "/embed/test/?n=5");
    const s = session(false);
    await s.start();
    s.update((state) => ({ n: state.n + 1 }));
    await flush();
    expect(new URL(location.href).searchParams.get("n")).toBe("6");
  });

  it("reports no save problem even when a newer version's data is stored", async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 99, data: { n: 1 } }));
    const s = session(false);
    await s.start();
    expect(s.$saveProblem.get()).toBeNull();
  });

  it("asks a persist function at every start, so one store serves a tool page and an embed", async () => {
    let embedded = true;
    localStorage.setItem(KEY, saved(7));
    const s = session(() => !embedded);
    await s.start();
    expect(s.$state.get()).toEqual({ n: 0 });
    embedded = false;
    await s.start();
    expect(s.$state.get()).toEqual({ n: 7 });
  });
});

describe("createToolSession without a persist option", () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, "", "/tools/test/");
  });

  it("reads and saves the reader's own state as before (7 + 1 = 8)", async () => {
    localStorage.setItem(KEY, saved(7));
    const s = session();
    await s.start();
    expect(s.$state.get()).toEqual({ n: 7 });
    s.update((state) => ({ n: state.n + 1 }));
    expect(JSON.parse(localStorage.getItem(KEY) as string)).toMatchObject({
      data: { n: 8 },
    });
  });
});

describe("createToolSession start", () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, "", "/tools/test/");
  });

  it("keeps the rendered state when the start finds the same values, so nothing re-renders", async () => {
    const s = session();
    const rendered = s.$state.get();
    let changes = 0;
    const stop = s.$state.listen(() => (changes += 1));
    await s.start();
    expect(s.$state.get()).toBe(rendered);
    expect(changes).toBe(0);
    // Other values do replace it.
    localStorage.setItem(KEY, saved(3));
    await s.start();
    expect(s.$state.get()).toEqual({ n: 3 });
    expect(changes).toBe(1);
    stop();
  });
});

describe("asking the browser to keep the site's storage", () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, "", "/tools/test/");
  });

  it("asks once, when work worth keeping is first saved, and never for an embed", async () => {
    const asked: string[] = [];
    Object.defineProperty(navigator, "storage", {
      configurable: true,
      value: { persist: async () => (asked.push("persist"), true) },
    });
    const keeping = createToolSession<Counter>({
      storageKey: KEY,
      version: 1,
      initial: () => ({ n: 0 }),
      validate: (data) => data as Counter,
      link,
      worthKeeping: (state) => state.n > 1,
    });
    await keeping.start();
    keeping.update(() => ({ n: 1 }));
    expect(asked).toEqual([]);
    keeping.update(() => ({ n: 2 }));
    keeping.update(() => ({ n: 3 }));
    expect(asked).toEqual(["persist"]);

    const embed = createToolSession<Counter>({
      storageKey: `${KEY}-embed`,
      version: 1,
      initial: () => ({ n: 0 }),
      validate: (data) => data as Counter,
      link,
      persist: false,
      worthKeeping: () => true,
    });
    await embed.start();
    embed.update(() => ({ n: 5 }));
    expect(asked).toEqual(["persist"]);
  });
});
