// A copy of the built site on its own origin, one per test, which the test may
// change under an open page as a deploy would. The deploy and offline tests
// use it; nothing they change reaches dist/ or another test.
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContextOptions } from "playwright-core";
import { afterEach, beforeEach } from "vitest";
import { startServer } from "../../scripts/serve.mjs";
import { openContext } from "./browser";

type Session = Awaited<ReturnType<typeof openContext>>;

/**
 * Serves a fresh copy of dist/ for each test of the calling file, and closes
 * what the test opened afterwards. `root()` is the copy's folder; `open()`
 * opens a browser context on it with `options` (service workers allowed or
 * blocked, as the file needs).
 */
export function useSiteCopy(options: BrowserContextOptions) {
  let root = "";
  let server: Awaited<ReturnType<typeof startServer>>;
  let sessions: Session[] = [];

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), "handoff-site-"));
    cpSync("dist", root, { recursive: true });
    server = await startServer({ root, port: 0 });
  });

  afterEach(async () => {
    await Promise.all(sessions.map((s) => s.close()));
    sessions = [];
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  return {
    root: () => root,
    async open(): Promise<Session> {
      const session = await openContext({ ...options, baseURL: server.url });
      sessions.push(session);
      return session;
    },
  };
}

/** Every page and script of a copy, but the service worker and Pagefind's files (which never name a script). */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "pagefind" ? [] : textFiles(path);
    return /\.(html|js)$/.test(entry.name) && entry.name !== "sw.js" ? [path] : [];
  });
}

/**
 * The scripts of a new build: each gets a new name, the old names are gone,
 * and every page and script refers to the new ones.
 */
export function renameEveryScript(root: string): void {
  const scripts = readdirSync(join(root, "_astro")).filter((name) =>
    name.endsWith(".js"),
  );
  const renamed = new Map(
    scripts.map((name) => [name, name.replace(/\.js$/, ".next.js")]),
  );
  for (const file of textFiles(root)) {
    const text = readFileSync(file, "utf8");
    const updated = text.replace(/[\w.-]+\.js/g, (name) => renamed.get(name) ?? name);
    if (updated !== text) writeFileSync(file, updated);
  }
  for (const [from, to] of renamed)
    renameSync(join(root, "_astro", from), join(root, "_astro", to));
}
