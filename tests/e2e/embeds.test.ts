// Embeds as a coach's site would show them: the built site serves the embed
// pages, and a second tiny server on another port plays the host page, with
// an iframe and the host script from src/lib/embed/host-script.ts. Also the
// one-page summary, printed by Chromium.
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formFromInputs } from "~/lib/break-even/form-state";
import { DEFAULT_INPUTS } from "~/lib/break-even/inputs";
import { EMBED_ATTRIBUTE, hostScript } from "~/lib/embed/host-script";
import { EXAMPLE_ANSWERS } from "~/lib/onboarding/example-answers";
import { buildChecklist } from "~/lib/onboarding/rules";
import { newScorecard, type Candidate } from "~/lib/scorecard/candidate";
import { CRITERION_IDS } from "~/lib/scorecard/criteria";
import { TOOLS } from "~/lib/tools/tool-catalogue";
import { writeEnvelope } from "~/lib/storage/envelope";
import { baseUrl, openContext } from "./browser";

let host: Server;
let hostUrl = "";

/** The host page: one marked iframe of `src` and the host script, nothing else. */
const hostPage = (src: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A coach's site</title></head>
<body><h1>A coach's site</h1>
<iframe src="${src.replace(/&/g, "&amp;")}" title="Handoff tool" width="100%" height="150" style="border:0;display:block" ${EMBED_ATTRIBUTE}></iframe>
<script>${hostScript(new URL(baseUrl()).origin)}</script>
</body></html>`;

beforeAll(async () => {
  host = createServer((req, res) => {
    const src = new URL(req.url ?? "/", "http://host").searchParams.get("src") ?? "";
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(hostPage(new URL(src, baseUrl()).href));
  });
  await new Promise<void>((done) => host.listen(0, "127.0.0.1", done));
  const address = host.address();
  hostUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(async () => {
  host.closeAllConnections();
  await new Promise((done) => host.close(done));
});

const onHost = (page: Page, src: string) =>
  page.goto(`${hostUrl}/?src=${encodeURIComponent(src)}`);

/** The iframe's frame once it has navigated (to the page or to an error page). */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("no frame");
  await frame.waitForLoadState("load");
  return frame;
}

/** Every key and value in the site's localStorage. */
async function siteStorage(page: Page): Promise<Record<string, string>> {
  await page.goto(`${baseUrl()}/tools/`);
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from({ length: localStorage.length }, (_, i) => {
        const key = localStorage.key(i) as string;
        return [key, localStorage.getItem(key) as string];
      }),
    ),
  );
}

const savedForm = writeEnvelope(
  formFromInputs({ ...DEFAULT_INPUTS, do: 240, price: 55 }, "EUR", "en-US"),
  1,
);

describe("an embed in an iframe on another site", () => {
  it("grows the iframe to its content and leaves the reader's saved work alone", async () => {
    const { page, problems, close } = await openContext({
      viewport: { width: 1000, height: 800 },
    });
    try {
      await page.goto(`${baseUrl()}/tools/`);
      await page.evaluate((form) => {
        localStorage.setItem("handoff:break-even", form);
        localStorage.setItem("handoff-theme", "dark");
      }, savedForm);
      const before = await siteStorage(page);

      await onHost(page, "/embed/break-even/?theme=light");
      const frame = await embedFrame(page);
      const field = frame.getByLabel(/^Time to do it yourself/);
      // The embed starts from the defaults, not from the saved 240 minutes.
      await expect.poll(() => field.inputValue()).not.toBe("240");
      await page.waitForFunction(
        () =>
          (document.querySelector("iframe")?.getBoundingClientRect().height ?? 0) > 300,
      );
      const documentHeight = await frame.evaluate(
        () => document.documentElement.getBoundingClientRect().height,
      );
      const iframeHeight = await page.evaluate(
        () => document.querySelector("iframe")?.getBoundingClientRect().height ?? 0,
      );
      expect(Math.abs(iframeHeight - documentHeight)).toBeLessThanOrEqual(3);

      await frame.getByLabel(/^Your time each time after handing over/).fill("30");
      await frame.getByText("Do it yourself.").waitFor();
      // The edit went to the embed's address, so "Open in Handoff" carries it.
      const open = frame.getByRole("link", { name: /Open in Handoff/ });
      // The link takes the embed's address when it gains focus (or is pressed),
      // and the address is written a moment after the verdict shows: focus it
      // afresh on each look until it carries the edit.
      const hrefOf = async () => {
        await open.blur();
        await open.focus();
        return new URL((await open.getAttribute("href")) ?? "", baseUrl());
      };
      await expect
        .poll(async () => (await hrefOf()).searchParams.get("review"))
        .toBe("30");
      const href = await hrefOf();
      expect(href.pathname).toBe("/tools/break-even/");
      expect(href.searchParams.has("theme")).toBe(false);

      expect(await siteStorage(page)).toEqual(before);
      expect(problems.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it("is allowed, while a page that is not an embed refuses to be framed", async () => {
    const { page, close } = await openContext();
    try {
      await onHost(page, "/embed/break-even/");
      const embed = await embedFrame(page);
      await expect.poll(() => embed.locator("h1").count()).toBe(1);

      await onHost(page, "/tools/break-even/");
      const blocked = await embedFrame(page);
      // Chromium shows its own error page in a frame it refused to load (and
      // gets there after the frame's first, blank document has loaded): a
      // page that let itself be framed would stay at its own URL.
      await expect.poll(() => blocked.url()).toMatch(/^chrome-error:/);
    } finally {
      await close();
    }
  });

  it.each(["/%74ools/break-even/", "/tools%2fbreak-even/", "/tools//break-even/"])(
    "refuses to be framed at %s too (the path is read as the page it serves)",
    async (src) => {
      const { page, close } = await openContext();
      try {
        // Built by hand: the URL parser would tidy these paths away.
        await page.goto(`${hostUrl}/?src=${encodeURIComponent(baseUrl() + src)}`);
        const blocked = await embedFrame(page);
        await expect.poll(() => blocked.url()).toMatch(/^chrome-error:/);
      } finally {
        await close();
      }
    },
  );

  it("sends its height to the host page's origin only, not to any parent", async () => {
    const { page, context, close } = await openContext();
    try {
      // The embed's own `parent` is replaced by a recorder, so the test sees the
      // target origin each height message names (a cross-origin window's
      // postMessage cannot be watched from outside).
      await context.addInitScript(() => {
        if (window === window.top) return;
        const sent: string[] = [];
        Object.assign(window, { __heightTargets: sent });
        Object.defineProperty(window, "parent", {
          value: {
            postMessage: (_message: unknown, origin: string) => sent.push(origin),
          },
        });
      });
      await onHost(page, "/embed/break-even/");
      const frame = await embedFrame(page);
      await frame.waitForFunction(
        () =>
          (window as unknown as { __heightTargets: string[] }).__heightTargets.length > 0,
      );
      const targets = await frame.evaluate(
        () => (window as unknown as { __heightTargets: string[] }).__heightTargets,
      );
      expect(new Set(targets)).toEqual(new Set([hostUrl]));
    } finally {
      await close();
    }
  });

  it("follows theme=dark whatever the system and the site's saved theme say", async () => {
    const { page, close } = await openContext({ colorScheme: "light" });
    try {
      await page.goto(`${baseUrl()}/tools/`);
      await page.evaluate(() => localStorage.setItem("handoff-theme", "light"));
      await page.goto(`${baseUrl()}/embed/scorecard/?theme=dark`);
      const background = await page.evaluate(
        () => getComputedStyle(document.body).backgroundColor,
      );
      expect(background).toBe("rgb(18, 20, 22)");
      // The theme is the embed's business only: it leaves the address.
      expect(new URL(page.url()).searchParams.has("theme")).toBe(false);
      await page.goto(`${baseUrl()}/embed/scorecard/`);
      expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe(
        undefined,
      );
    } finally {
      await close();
    }
  });
});

const rated = (index: number, name: string, rating: 1 | 2 | 3 | 4): Candidate => {
  const base = newScorecard().candidates[0] as Candidate;
  return {
    ...base,
    id: `c${index}`,
    name,
    ratings: Object.fromEntries(
      CRITERION_IDS.map((c) => [c, rating]),
    ) as Candidate["ratings"],
  };
};

/** Every tool filled, with as many candidates as the scorecard allows in a typical shortlist. */
const FILLED = {
  "handoff:break-even": savedForm,
  "handoff:scorecard": writeEnvelope(
    {
      ...newScorecard(),
      candidates: [
        rated(0, "Amira Haddad", 4),
        rated(1, "Bruno Costa", 3),
        rated(2, "Chen Wei", 2),
        rated(3, "Dana Okafor", 3),
        rated(4, "Elif Yilmaz", 1),
      ],
    },
    1,
  ),
  "handoff:onboarding": writeEnvelope(
    {
      answers: EXAMPLE_ANSWERS,
      ticks: buildChecklist(EXAMPLE_ANSWERS)
        .phases.flatMap((p) => p.items)
        .slice(0, 4)
        .map((item) => item.id),
    },
    1,
  ),
};

/** Pages in a PDF Chromium wrote: one "/Type /Page" object per page. */
const pdfPages = (pdf: Buffer) =>
  pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

describe("the one-page summary", () => {
  it.each(["A4", "Letter"] as const)(
    "prints on one %s sheet with all three tools filled",
    async (format) => {
      const { context, page, close } = await openContext();
      try {
        await context.addInitScript((entries) => {
          for (const [key, value] of Object.entries(entries))
            localStorage.setItem(key, value);
        }, FILLED);
        await page.goto(`${baseUrl()}/summary/`);
        await page.getByRole("rowheader", { name: "Amira Haddad" }).waitFor();
        await page.getByText("Next up").waitFor();
        await page.locator(".summary-verdict").waitFor();
        const pdf = await page.pdf({ format, printBackground: true });
        if (process.env["SUMMARY_PDF"])
          writeFileSync(`${process.env["SUMMARY_PDF"]}-${format}.pdf`, pdf);
        expect(pdfPages(pdf)).toBe(1);
      } finally {
        await close();
      }
    },
  );

  it("says which tool to use for each section when nothing is saved", async () => {
    const { page, close } = await openContext();
    try {
      await page.goto(`${baseUrl()}/summary/`);
      for (const tool of TOOLS) {
        const link = page.getByRole("link", { name: tool.shortName, exact: true });
        await link.waitFor();
        expect(await link.getAttribute("href")).toBe(tool.path);
      }
      expect(await page.locator(".summary-empty").count()).toBe(TOOLS.length);
    } finally {
      await close();
    }
  });
});
