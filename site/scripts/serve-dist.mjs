#!/usr/bin/env node
/**
 * Serves the built site (dist/) on localhost under its base path with sirv, and prints
 * `Activation Lab: http://HOST:PORT/BASE/`, the line the tests read.
 *
 *   node scripts/serve-dist.mjs [--port 4321] [--host 127.0.0.1] [--dir dist] [--csp-header]
 *
 * The base path comes from SITE_BASE, as in the build. `--port 0` picks a free port, as does the
 * default port (4321, or PORT) when it is taken. sirv answers only with the files it listed at the
 * start (no path on disk is built from a URL); this file adds the base path, GET and HEAD only,
 * the 404 page and `X-Content-Type-Options: nosniff`; `--csp-header` adds the Content-Security-Policy
 * header a host should send (src/lib/csp-header.mjs), which binds the Web Workers too. (`astro preview` was tried first: Vite's
 * server exits on a request line such as `GET http://[/ HTTP/1.1`.)
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import sirv from "sirv";
import { basePath } from "../src/lib/base-path.mjs";
import { contentSecurityPolicyHeader } from "../src/lib/csp-header.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "4321" },
    host: { type: "string", default: "127.0.0.1" },
    dir: { type: "string", default: fileURLToPath(new URL("../dist/", import.meta.url)) },
    "csp-header": { type: "boolean", default: false },
  },
});

const root = resolve(values.dir);
const base = basePath();
const notFoundPage = readFileSync(join(root, "404.html"));

const files = sirv(root, {
  etag: true,
  // a folder answers with its index.html (sirv tries "/x/index" + ".html")
  extensions: ["html"],
  setHeaders(response, pathname) {
    // a type sirv does not know: a notebook is JSON
    if (pathname.endsWith(".ipynb")) response.setHeader("Content-Type", "application/x-ipynb+json");
  },
});

/** @param {import("node:http").ServerResponse} response */
function notFound(response) {
  response.writeHead(404, { "Content-Type": "text/html;charset=utf-8" });
  response.end(notFoundPage);
}

const server = createServer((request, response) => {
  response.setHeader("X-Content-Type-Options", "nosniff");
  if (values["csp-header"]) response.setHeader("Content-Security-Policy", contentSecurityPolicyHeader);
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" });
    response.end();
    return;
  }
  // only paths under the base, in origin form ("/base/…"): "//host/…", "http://…" and the like
  // name no file of the site
  const url = request.url ?? "";
  if (!url.startsWith(base) || url.startsWith("//")) {
    notFound(response);
    return;
  }
  request.url = `/${url.slice(base.length)}`;
  files(request, response, () => notFound(response));
});

server.on("listening", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : values.port;
  console.log(`Activation Lab: http://${values.host}:${port}${base}`);
});

// the default port taken (another server, a second copy): take any free port instead
const portGiven =
  process.argv.some((arg) => arg === "--port" || arg.startsWith("--port=")) || process.env.PORT !== undefined;
server.on("error", (error) => {
  if (/** @type {NodeJS.ErrnoException} */ (error).code === "EADDRINUSE" && !portGiven) {
    console.error(`port ${values.port} is in use; serving on a free port instead`);
    server.listen(0, values.host);
  } else {
    throw error;
  }
});
server.listen(Number(values.port), values.host);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
