// The host script runs as-is in a fake page (node:vm): a window that records
// its message listener and a document with two marked iframes.
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { EMBED_ATTRIBUTE, hostScript, MAX_EMBED_HEIGHT } from "~/lib/embed/host-script";

const ORIGIN = "https://handoff.example";

interface FakeFrame {
  contentWindow: object;
  style: { height?: string };
}

function fakePage() {
  const listeners: ((event: unknown) => void)[] = [];
  const frames: FakeFrame[] = [
    { contentWindow: {}, style: {} },
    { contentWindow: {}, style: {} },
  ];
  const selectors: string[] = [];
  const window = {
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (type === "message") listeners.push(listener);
    },
  };
  const document = {
    querySelectorAll: (selector: string) => {
      selectors.push(selector);
      return frames;
    },
  };
  runInNewContext(hostScript(ORIGIN), { window, document });
  const post = (event: { origin?: string; source?: object; data: unknown }) => {
    for (const listener of listeners) listener({ origin: ORIGIN, ...event });
  };
  return { frames, post, selectors, listeners };
}

describe("hostScript", () => {
  it("listens for messages once", () => {
    expect(fakePage().listeners).toHaveLength(1);
  });

  it("sets the height of the iframe that sent the message, and only that one", () => {
    const { frames, post } = fakePage();
    post({
      source: frames[1]!.contentWindow,
      data: { type: "handoff:height", height: 812.4 },
    });
    expect(frames[1]!.style.height).toBe("813px");
    expect(frames[0]!.style.height).toBeUndefined();
  });

  it("looks only at iframes marked as Handoff embeds", () => {
    const { frames, post, selectors } = fakePage();
    post({
      source: frames[0]!.contentWindow,
      data: { type: "handoff:height", height: 400 },
    });
    expect(selectors).toEqual([`iframe[${EMBED_ATTRIBUTE}]`]);
  });

  it("ignores a message from another origin, even with the right shape", () => {
    const { frames, post } = fakePage();
    post({
      origin: "https://elsewhere.example",
      source: frames[0]!.contentWindow,
      data: { type: "handoff:height", height: 400 },
    });
    expect(frames[0]!.style.height).toBeUndefined();
  });

  it("ignores a message from a window that is none of the iframes", () => {
    const { frames, post } = fakePage();
    post({ source: {}, data: { type: "handoff:height", height: 400 } });
    expect(frames.map((f) => f.style.height)).toEqual([undefined, undefined]);
  });

  it.each([
    ["another type", { type: "other", height: 400 }],
    ["no data", null],
    ["a height of 0", { type: "handoff:height", height: 0 }],
    ["a negative height", { type: "handoff:height", height: -5 }],
    ["a height that is not a number", { type: "handoff:height", height: "tall" }],
    ["an infinite height", { type: "handoff:height", height: Infinity }],
    ["a height over the limit", { type: "handoff:height", height: MAX_EMBED_HEIGHT + 1 }],
  ])("ignores a message with %s", (_, data) => {
    const { frames, post } = fakePage();
    post({ source: frames[0]!.contentWindow, data });
    expect(frames[0]!.style.height).toBeUndefined();
  });

  it("puts the origin in as a string literal, so a quote in it cannot break out", () => {
    expect(hostScript('a"b')).toContain('var origin = "a\\"b";');
  });
});
