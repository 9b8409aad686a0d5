// Serves the built site (dist/) the way a static host would: directory URLs,
// trailing-slash redirects, the custom 404 page, correct content types, and
// the security headers of dist/_headers, and gzip for text (every static host
// compresses; without it Lighthouse would measure an extra round trip that
// readers never pay). Used by `npm start`/`npm run preview` and by the browser
// tests.
//
//   node scripts/serve.mjs [--port 4321] [--root dist]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { headersFor, parseHeaders } from "./headers.mjs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
};

/** Types worth compressing; Pagefind's index and fragments are already gzipped. */
const COMPRESSIBLE = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".xml",
  ".svg",
  ".txt",
]);

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts a static server for `root` on 127.0.0.1. Port 0 picks a free port.
 * @param {{ root?: string, port?: number }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer({ root = "dist", port = 0 } = {}) {
  const base = resolve(root);
  const rules = parseHeaders(
    await readFile(join(base, "_headers"), "utf8").catch(() => ""),
  );
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      let pathname = decodeURIComponent(url.pathname);
      const target = normalize(join(base, pathname));
      if (target !== base && !target.startsWith(base + sep)) {
        res.writeHead(400).end("Bad path");
        return;
      }
      let file = target;
      if (!extname(pathname) && !pathname.endsWith("/")) {
        if (await isFile(join(target, "index.html"))) {
          res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
          return;
        }
      }
      if (pathname.endsWith("/")) file = join(target, "index.html");
      let status = 200;
      if (!(await isFile(file))) {
        status = 404;
        file = join(base, "404.html");
      }
      let body = await readFile(file);
      for (const [name, value] of headersFor(rules, url.pathname))
        res.appendHeader(name, value);
      const headers = {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-cache",
        Vary: "Accept-Encoding",
      };
      if (
        COMPRESSIBLE.has(extname(file)) &&
        /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
      ) {
        body = gzipSync(body);
        headers["Content-Encoding"] = "gzip";
      }
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise((done) => server.listen(port, "127.0.0.1", () => done(undefined)));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const arg = (name, fallback) => {
    const index = process.argv.indexOf(name);
    return index === -1 ? fallback : process.argv[index + 1];
  };
  const { url } = await startServer({
    root: arg("--root", "dist"),
    port: Number(arg("--port", process.env.PORT ?? 4321)),
  });
  console.log(`Handoff is being served at ${url}/ (Ctrl+C to stop)`);
}
