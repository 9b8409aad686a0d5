// Opens pages of the built site in the shared Chromium and records what a reader
// would never want: console errors, CSP violations and requests to other origins.
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Download,
  type Page,
} from "playwright-core";
import { afterEach, inject } from "vitest";

export const baseUrl = () => inject("baseUrl");

let browser: Browser | undefined;

/** The shared browser, connected on first use. */
export async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.connect(inject("wsEndpoint"));
  return browser;
}

/** What went wrong on a page while it was open. */
export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/**
 * A fresh, isolated browser context (its own storage, service workers blocked
 * unless `options` allow them) with one page, and the problems recorded on it.
 * Close it with `close()`.
 */
export async function openContext(options: BrowserContextOptions = {}) {
  const context = await (
    await sharedBrowser()
  ).newContext({
    baseURL: baseUrl(),
    // The service worker would precache the whole site in every test's fresh
    // context; only the tests about it (offline.test.ts) let it run.
    serviceWorkers: "block",
    ...options,
  });
  const problems: PageProblems = {
    consoleErrors: [],
    cspViolations: [],
    foreignRequests: [],
  };
  const origin = new URL(baseUrl()).origin;
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      (text.startsWith("CSP violation") || text.includes("Content Security Policy")
        ? problems.cspViolations
        : problems.consoleErrors
      ).push(text);
    });
    page.on("pageerror", (error) => problems.consoleErrors.push(String(error)));
  };
  context.on("page", watch);
  context.on("request", (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
  });
  const page = await context.newPage();
  return { context, page, problems, close: () => context.close() };
}

/**
 * Opens contexts for the tests of one file (call it at the file's top level):
 * every context a test opens is closed after it, whether it passed or not.
 */
export function contextsPerTest(defaults: BrowserContextOptions = {}) {
  let open: Awaited<ReturnType<typeof openContext>>[] = [];
  afterEach(async () => {
    await Promise.all(open.map((session) => session.close()));
    open = [];
  });
  return async (options: BrowserContextOptions = {}) => {
    const session = await openContext({ ...defaults, ...options });
    open.push(session);
    return session;
  };
}

/** Clicks the button named `button` and reads the file it downloads. */
export async function downloaded(
  page: Page,
  button: RegExp,
): Promise<[Download, string]> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  // The browser runs as a server, so the file is read through a stream, not a path.
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream())
    chunks.push(chunk as Buffer);
  return [download, Buffer.concat(chunks).toString("utf8")];
}

/**
 * Scrolls to the first element matching `selector` (a lazy part's placeholder
 * or the part itself, e.g. ".charts-placeholder, .charts"), found and scrolled
 * in one step inside the page: the part may replace its placeholder at any
 * moment, and a locator resolved just before that would wait for an element
 * that is gone.
 */
export async function scrollToFirst(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    element?.scrollIntoView({ block: "center" });
    return element !== null;
  }, selector);
}
