/**
 * The static server of `npm start` (site/scripts/serve-dist.mjs) against requests that crashed or
 * misled the hand-written one it replaced: request targets that are not paths, a path that
 * normalised to `//host/…`, methods other than GET and HEAD. A small fake dist/, no build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSite, serveSite } from "../helpers/site-build.js";

const base = "/sub/";
let dist: string;
let site: RunningSite;

const files: Record<string, [content: string, type: string]> = {
  "index.html": ["<!doctype html><title>home</title>", "text/html;charset=utf-8"],
  "notebooks/index.html": ["<!doctype html><title>notebooks</title>", "text/html;charset=utf-8"],
  "notebooks/01-a.ipynb": ['{"cells":[]}', "application/x-ipynb+json"],
  "_astro/a.css": ["body{}", "text/css"],
  "_astro/a.js": ["export {}", "text/javascript"],
  "_astro/a.woff2": ["wOF2", "font/woff2"],
  "favicon.svg": ["<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml"],
  "og.png": ["\x89PNG", "image/png"],
  "404.html": ["<!doctype html><title>not found</title>", "text/html;charset=utf-8"],
};

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "activation-lab-serve-"));
  for (const [path, [content]] of Object.entries(files)) {
    mkdirSync(join(dist, path, ".."), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  site = await serveSite(dist, base);
});

afterAll(async () => {
  await site?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** Sends a raw request line over TCP (fetch would refuse these) and returns the status line. */
function rawRequest(requestLine: string): Promise<string> {
  const { hostname, port } = new URL(site.origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`${requestLine}\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`),
    );
    let reply = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      reply += chunk;
    });
    socket.on("end", () => resolve(reply.split("\r\n")[0] ?? ""));
    socket.on("error", reject);
  });
}

describe("serve-dist.mjs", () => {
  it("prints the address with the base path", () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
  });

  it("answers 404 to request targets that are not paths, and keeps serving", async () => {
    for (const line of [
      "GET //[ HTTP/1.1",
      "GET http://[/ HTTP/1.1",
      "GET http://a:99999/ HTTP/1.1",
      "GET /sub/%E0%A4%A HTTP/1.1",
    ]) {
      expect(await rawRequest(line), line).toBe("HTTP/1.1 404 Not Found");
    }
    expect((await fetch(site.url)).status).toBe(200);
  });

  it("never redirects to another host, nor serves outside dist/", async () => {
    for (const path of [
      "/sub/.//notebooks",
      "/sub//notebooks/",
      "/sub/%2e%2e/%2e%2e/etc/passwd",
      "/sub/..%2f404.html",
    ]) {
      const response = await fetch(new URL(path, site.origin), { redirect: "manual" });
      expect(response.status, path).toBe(404);
      expect(response.headers.get("location"), path).toBeNull();
    }
    expect(await rawRequest("GET /sub/../../etc/passwd HTTP/1.1")).toBe("HTTP/1.1 404 Not Found");
    expect((await fetch(new URL("/index.html", site.origin))).status).toBe(404);
  });

  it("serves GET and HEAD only", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) {
      const response = await fetch(site.url, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
    }
    const head = await fetch(site.url, { method: "HEAD" });
    expect(head.status).toBe(200);
  });

  it("sends each file with its MIME type and nosniff; folders answer with their index.html", async () => {
    for (const [path, [content, type]] of Object.entries(files)) {
      if (path === "404.html") continue;
      const response = await fetch(new URL(path, site.url));
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toBe(type);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(await response.text(), path).toBe(content);
    }
    expect(await (await fetch(new URL("notebooks/", site.url))).text()).toContain("<title>notebooks</title>");
    const missing = await fetch(new URL("nope/", site.url));
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await missing.text()).toContain("<title>not found</title>");
  });
});
