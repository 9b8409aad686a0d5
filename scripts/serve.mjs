// Serves the built site (dist/) the way a static host would: directory URLs,
// trailing-slash redirects, the custom 404 page, correct content types, the
// headers of dist/_headers (security and caching) and the redirects of
// dist/_redirects, conditional requests, and gzip for text (every static host
// compresses; without it Lighthouse would measure an extra round trip that
// readers never pay). Used by `npm start`/`npm run preview` and by the browser
// tests.
//
// The path is decoded and normalised once, and that one path finds the file
// and picks the headers: matching rules against the raw path while serving the
// decoded one let `/%74ools/…` escape the framing rules.
//
//   node scripts/serve.mjs [--port 4321] [--root dist]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { headersFor, parseHeaders } from "./headers.mjs";
import { parseRedirects, redirectFor } from "./redirects.mjs";
import { extname, join, posix, resolve } from "node:path";
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
  ".webmanifest",
]);

/**
 * Node refuses a request whose start line and headers pass this many bytes
 * (its default, said here so the page below can say it).
 */
export const MAX_REQUEST_HEAD = 16 * 1024;

/**
 * The page for an address longer than the server accepts (HTTP 431). Without
 * it the reader of an over-long link sees an empty page. No scripts, no
 * styles: it must show under the strictest policy.
 */
export const TOO_LONG_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>This link is too long · Handoff</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body><main>
<h1>This link is too long to open</h1>
<p>Its address is longer than the ${MAX_REQUEST_HEAD / 1024} KB this site accepts, so the page was not loaded. A link made with a tool's <strong>Copy link</strong> button carries only the values that differ from the defaults and stays far shorter, so this one was probably changed or joined to something on its way to you.</p>
<p>To share a tool's state another way: open the tool, enter the values, and press <strong>Copy link</strong> again; or send the file its export buttons save (CSV or Markdown) instead of a link.</p>
<p><a href="/">Open Handoff's home page</a></p>
</main></body></html>
`;

/**
 * The path a request names, decoded once and normalised (`//`, `.` and `..`
 * collapsed), or null when it cannot be decoded or holds characters no page
 * name has (control characters, backslashes).
 * @param {string} rawPathname the pathname as sent, still percent-encoded
 * @returns {string | null}
 */
export function canonicalPath(rawPathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(decoded)) return null;
  return posix.normalize(decoded);
}

async function fileStat(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
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
  const redirects = parseRedirects(
    await readFile(join(base, "_redirects"), "utf8").catch(() => ""),
  );
  // What a response that is not a file of the site gets (a bad path, a
  // server error): the security headers of the 404 page, never cached.
  const errorHeaders = [
    ...headersFor(rules, "/404.html").filter(([name]) => !/^cache-control$/i.test(name)),
    ["Cache-Control", "no-store"],
  ];

  /** @param {import("node:http").ServerResponse} res */
  const fail = (res, status, text) => {
    for (const [name, value] of errorHeaders) res.appendHeader(name, value);
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" }).end(text);
  };

  const server = createServer({ maxHeaderSize: MAX_REQUEST_HEAD }, async (req, res) => {
    try {
      // The request target is a path: resolved against a base, "//tools/" would
      // be read as a host named "tools", and "//" would not parse at all.
      const requested = req.url ?? "/";
      const url = new URL(
        requested.startsWith("/") ? `http://localhost${requested}` : requested,
      );
      const pathname = canonicalPath(url.pathname);
      if (pathname === null) {
        fail(res, 400, "Bad request: this address is not a valid path.");
        return;
      }
      const redirect = redirectFor(redirects, pathname);
      if (redirect) {
        for (const [name, value] of headersFor(rules, pathname))
          res.appendHeader(name, value);
        res.writeHead(redirect.status, { Location: encodeURI(redirect.location) }).end();
        return;
      }
      const target = join(base, pathname);
      if (!extname(pathname) && !pathname.endsWith("/")) {
        if (await fileStat(join(target, "index.html"))) {
          for (const [name, value] of headersFor(rules, pathname))
            res.appendHeader(name, value);
          res.writeHead(301, { Location: `${encodeURI(pathname)}/${url.search}` }).end();
          return;
        }
      }
      let file = pathname.endsWith("/") ? join(target, "index.html") : target;
      let status = 200;
      // A missing page is answered with the 404 page and that page's headers.
      let rulesPath = pathname;
      let info = await fileStat(file);
      if (!info) {
        status = 404;
        file = join(base, "404.html");
        rulesPath = "/404.html";
        info = await fileStat(file);
        if (!info) {
          fail(res, 404, "Not found");
          return;
        }
      }
      for (const [name, value] of headersFor(rules, rulesPath))
        res.appendHeader(name, value);
      // A host revalidates what its rules give no caching rule.
      if (!res.hasHeader("Cache-Control")) res.setHeader("Cache-Control", "no-cache");
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers = {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        Vary: "Accept-Encoding",
      };
      if (status === 200) {
        headers.ETag = etag;
        if (req.headers["if-none-match"] === etag) {
          res.writeHead(304, headers).end();
          return;
        }
      }
      let body = await readFile(file);
      if (
        COMPRESSIBLE.has(extname(file)) &&
        /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
      ) {
        body = gzipSync(body);
        headers["Content-Encoding"] = "gzip";
      }
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      if (res.headersSent) res.destroy();
      else fail(res, 500, "The server could not answer this request.");
    }
  });
  // Node answers an over-long request before any handler runs; this replaces
  // its empty 431 with a page that says what happened and what to do.
  server.on("clientError", (error, socket) => {
    const code = /** @type {{ code?: string }} */ (error).code;
    if (!socket.writable) return void socket.destroy();
    if (code !== "HPE_HEADER_OVERFLOW")
      return void socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    const body = Buffer.from(TOO_LONG_PAGE);
    const head = [
      "HTTP/1.1 431 Request Header Fields Too Large",
      "Content-Type: text/html; charset=utf-8",
      `Content-Length: ${body.length}`,
      "Connection: close",
      ...errorHeaders.map(([name, value]) => `${name}: ${value}`),
    ];
    socket.end(Buffer.concat([Buffer.from(head.join("\r\n") + "\r\n\r\n"), body]));
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
