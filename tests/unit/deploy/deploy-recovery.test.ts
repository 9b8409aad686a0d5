import { describe, expect, it } from "vitest";
import {
  isMissingScript,
  JUST_RELOADED_KEY,
  recoveryFor,
  RELOADED_FROM_KEY,
  scriptsOf,
} from "~/lib/deploy/deploy-recovery";

/** A sessionStorage stand-in. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe("isMissingScript", () => {
  it.each([
    "Failed to fetch dynamically imported module: https://h.example/_astro/a.js",
    "error loading dynamically imported module: https://h.example/_astro/a.js",
    "Importing a module script failed.",
  ])("recognises %s", (message) => {
    expect(isMissingScript(new TypeError(message))).toBe(true);
  });

  it("leaves other errors to their own handling", () => {
    expect(isMissingScript(new TypeError("x is undefined"))).toBe(false);
    expect(isMissingScript("Failed to fetch dynamically imported module")).toBe(false);
    expect(isMissingScript(undefined)).toBe(false);
  });
});

describe("scriptsOf", () => {
  it("lists each script of the build a page names, once, in order", () => {
    const html = `<astro-island component-url="/_astro/B.x1.js" renderer-url="/_astro/client.y2.js"></astro-island>
      <script type="module">import "/_astro/A.z3.js";import "/_astro/B.x1.js"</script>
      <link rel="modulepreload" href="/_astro/client.y2.js"><img src="/favicon.svg">`;
    expect(scriptsOf(html)).toBe("/_astro/A.z3.js /_astro/B.x1.js /_astro/client.y2.js");
  });
});

describe("recoveryFor", () => {
  it("reloads the first time a version of the page misses a script, and marks the reload", () => {
    const storage = memoryStorage();
    expect(recoveryFor(storage, "/_astro/a.1.js")).toBe("reload");
    expect(storage.items.get(RELOADED_FROM_KEY)).toBe("/_astro/a.1.js");
    expect(storage.items.get(JUST_RELOADED_KEY)).toBe("1");
  });

  it("explains, never reloading again, when the reload brought back the same version", () => {
    const storage = memoryStorage();
    recoveryFor(storage, "/_astro/a.1.js");
    expect(recoveryFor(storage, "/_astro/a.1.js")).toBe("explain");
    expect(recoveryFor(storage, "/_astro/a.1.js")).toBe("explain");
  });

  it("reloads again for a later deploy (a new version of the page)", () => {
    const storage = memoryStorage();
    recoveryFor(storage, "/_astro/a.1.js");
    expect(recoveryFor(storage, "/_astro/a.2.js")).toBe("reload");
  });

  it("explains when the tab cannot remember a reload", () => {
    expect(recoveryFor(null, "/_astro/a.1.js")).toBe("explain");
    const throwing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("quota", "QuotaExceededError");
      },
    };
    expect(recoveryFor(throwing, "/_astro/a.1.js")).toBe("explain");
  });
});
