#!/usr/bin/env node
/**
 * Serves the built site (dist/) on localhost under its base path and prints the address.
 *
 *   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
 *
 * The base path comes from SITE_BASE, as in the build (astro.config.mjs). `--port 0` picks a free
 * port, as does the default port (4321, or PORT) when it is taken; the line printed on stdout is
 * always `Activation Lab: http://HOST:PORT/BASE/`, which the tests read. Plain node:http, no dependencies: a static file server is all the site needs.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "4321" },
    host: { type: "string", default: "127.0.0.1" },
    dir: { type: "string", default: fileURLToPath(new URL("../dist/", import.meta.url)) },
  },
});

const root = resolve(values.dir);
const base = `/${(process.env.SITE_BASE ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");

const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".ipynb": "application/x-ipynb+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** The file for a URL path inside root, or undefined (missing, or outside root). */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith(base)) return undefined;
  const path = normalize(join(root, decoded.slice(base.length)));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  for (const candidate of [path, join(path, "index.html")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there: try the next candidate
    }
  }
  return undefined;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  // a folder without its slash: redirect, as static hosts do, so relative URLs resolve
  if (!pathname.endsWith("/") && !extname(pathname) && fileFor(`${pathname}/`)) {
    response.writeHead(301, { Location: `${pathname}/` });
    response.end();
    return;
  }
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(root, "404.html");
  response.writeHead(status, {
    "Content-Type": types[extname(body)] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
  });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  createReadStream(body)
    .on("error", () => response.end())
    .pipe(response);
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
  if (error.code === "EADDRINUSE" && !portGiven) {
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
