// The built site as a static host serves it (scripts/serve.mjs applies
// dist/_headers and dist/_redirects as Netlify and Cloudflare Pages do): the
// caching rules, security headers on every answer (errors too), paths read
// once and the same way for the file and its headers, robots.txt, redirects,
// and the page for an over-long link.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { weighSite } from "../../scripts/weigh.mjs";
import { describe, expect, it } from "vitest";
import { parseRedirects } from "../../scripts/redirects.mjs";
import { baseUrl, openContext } from "./browser";

/** Requests a path exactly as written (fetch keeps percent-escapes as they are). */
const get = (path: string, init: RequestInit = {}) =>
  fetch(baseUrl() + path, { redirect: "manual", ...init });

const script = readdirSync("dist/_astro").find((name) => name.endsWith(".js"));

const SECURITY = [
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-opener-policy",
];

function expectSecurityHeaders(response: Response) {
  for (const name of SECURITY) expect(response.headers.get(name), name).toBeTruthy();
}

function expectNoFraming(response: Response) {
  expect(response.headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
}

describe("caching", () => {
  it("keeps the build's hashed scripts a year, immutable", async () => {
    const response = await get(`/_astro/${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe(
      "public, max-age=31536000, immutable",
    );
    expectSecurityHeaders(response);
  });

  it.each(["/", "/tools/break-even/", "/guide/what-to-outsource/", "/embed/scorecard/"])(
    "has the page %s revalidated on every visit",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe(
        "public, max-age=0, must-revalidate",
      );
    },
  );

  it("has Pagefind's entry files revalidated (their names stay the same across builds)", async () => {
    const response = await get("/pagefind/pagefind.js");
    expect(response.headers.get("cache-control")).toBe(
      "public, max-age=0, must-revalidate",
    );
  });

  it("answers a revalidation of an unchanged page with 304 and no body", async () => {
    const first = await get("/tools/break-even/");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get("/tools/break-even/", {
      headers: { "If-None-Match": etag! },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("paths and errors", () => {
  it.each([
    "/%74ools/break-even/",
    "/tools%2fbreak-even/",
    "/tools//break-even/",
    // A target starting "//" is still a path, not a host.
    "//tools/break-even/",
    "//",
  ])("serves %s with the headers of the page it is", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expectNoFraming(response);
  });

  it("sends the security headers with the 404 page", async () => {
    const response = await get("/no-such-page/");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("<h1");
    expectSecurityHeaders(response);
    expectNoFraming(response);
  });

  it.each(["/tools/%E0%A4%A/", "/tools/%00/", "/a%5c..%5cpackage.json"])(
    "answers the malformed path %s with 400 and the security headers",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expectSecurityHeaders(response);
      expectNoFraming(response);
      expect(response.headers.get("cache-control")).toBe("no-store");
    },
  );

  it("answers a link over the server's 16 KB limit with a page that says what to do", async () => {
    const { page, problems, close } = await openContext();
    try {
      const response = await page.goto(`/tools/break-even/?v=1&do=${"9".repeat(17_000)}`);
      expect(response?.status()).toBe(431);
      expectSecurityHeaders(
        new Response(null, { headers: (await response?.allHeaders()) ?? {} }),
      );
      await expect
        .poll(() => page.locator("h1").textContent())
        .toBe("This link is too long to open");
      const text = await page.locator("main").textContent();
      expect(text).toContain("16 KB");
      expect(text).toContain("Copy link");
      expect(problems.consoleErrors.filter((e) => !e.includes("431"))).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("robots.txt and redirects", () => {
  it("points crawlers at the sitemap, which exists", async () => {
    const text = await (await get("/robots.txt")).text();
    expect(text).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
    expect(sitemap).toMatch(/^https?:\/\/[^/]+\/sitemap-index\.xml$/);
    expect((await get(new URL(sitemap!).pathname)).status).toBe(200);
  });

  const rules = parseRedirects(readFileSync("dist/_redirects", "utf8"));

  it.each(rules)("sends $from to $to, a page that exists", async (rule) => {
    // A splat rule is followed with the first guide's slug in the splat.
    const slug = "what-to-outsource/";
    const from = rule.from.replace(/\*$/, slug);
    const response = await get(from);
    expect(response.status).toBe(rule.status);
    const location = response.headers.get("location")!;
    expect(location).toBe(rule.to.replace(":splat", rule.from.endsWith("*") ? slug : ""));
    expect((await get(location)).status).toBe(200);
    // The old address is not itself a page (a rule there would hide it).
    expect(existsSync(`dist${from}index.html`)).toBe(false);
  });
});

describe("each page's policy", () => {
  const policy = (page: string) =>
    /http-equiv="content-security-policy" content="([^"]*)"/.exec(
      readFileSync(`dist${page.endsWith("/") ? page + "index.html" : page}`, "utf8"),
    )?.[1] ?? "";
  const pages = weighSite("dist").map((row) => row.page);

  it("lets only the search page compile WebAssembly (Pagefind)", () => {
    expect(pages.filter((page) => policy(page).includes("'wasm-unsafe-eval'"))).toEqual([
      "/search/",
    ]);
  });

  it.each(pages)("makes %s require Trusted Types for script sinks", (page) => {
    expect(policy(page)).toContain("require-trusted-types-for 'script'");
    expect(policy(page)).not.toMatch(/'unsafe-(inline|eval)'/);
  });
});
