/// <reference lib="dom" />
/**
 * Debian's Chromium driven by playwright-core (its own browser download cannot work here), and
 * what the site tests watch on every page: console errors, failed requests, other origins.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import type { SimdBuild } from "../../packages/core/src/kernels/simd/simdKernels.js";
import { relaxedSimdModuleHex } from "../../packages/core/src/kernels/simd/wasmRelaxedSimd.js";
import { simdModuleHex } from "../../packages/core/src/kernels/simd/wasmSimd.js";
import { defaultBuild, type RunningSite, serveSite } from "./site-build.js";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

/** Problems seen on a page: console errors, failed or non-2xx requests, requests off the origin. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  otherOrigins: string[];
}

/** Starts recording a page's problems; read the returned object after the page is done. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], otherOrigins: [] };
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(String(error)));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("data:") && new URL(url).origin !== origin) problems.otherOrigins.push(url);
  });
  page.on("requestfailed", (request) =>
    problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  return problems;
}

/**
 * Makes the page record its Content-Security-Policy reports (`securitypolicyviolation`, as
 * "directive blocked-URI") from before its first script; cspReports(page) reads them.
 */
export async function recordCspReports(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const reports: string[] = [];
    Object.assign(window, { cspReports: reports });
    document.addEventListener("securitypolicyviolation", (event) =>
      reports.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
}

/** The reports recorded since recordCspReports(page), on the page now shown. */
export function cspReports(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspReports: string[] }).cspReports);
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's violations on the page as it is now (WCAG 2.x A and AA, and best practices). */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  // evaluated through the DevTools protocol: a <script> element would be blocked by the page's CSP
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global injected above
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/** Scrolls the page to the bottom in steps, so every lazily loaded island comes into view. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    window.scrollTo(0, document.body.scrollHeight);
  });
  await page.waitForLoadState("networkidle");
}

/** The default site build served on a free port, and Chromium to look at it. */
export interface OpenSite {
  site: RunningSite;
  browser: Browser;
  /** the build's folder */
  outDir: string;
}

/**
 * Builds the default site if no test file has yet (`defaultBuild`), serves it (with `cspHeader`,
 * sending the Content-Security-Policy header a host should send) and launches Chromium: what a
 * browser test file needs in its `beforeAll`. Close with {@link closeSite}.
 */
export async function openDefaultSite({ cspHeader = false } = {}): Promise<OpenSite> {
  const { outDir, seconds } = await defaultBuild();
  if (seconds > 0) console.log(`site built in ${seconds.toFixed(1)} s`);
  const site = await serveSite(outDir, "/", { cspHeader });
  return { site, browser: await launchChromium(), outDir };
}

/** Closes what {@link openDefaultSite} opened (either may be missing if it failed part way). */
export async function closeSite(site: RunningSite | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await site?.close();
}

/** A JavaScript file a page loaded: its gzipped size, and that of the core's WebAssembly in it. */
export interface ScriptSize {
  url: string;
  gz: number;
  wasm: number;
  /** The core's builds whose whole hex the file holds. */
  builds: SimdBuild[];
}

/** Each build's hex, as the generated modules hold it. */
export const buildHex: { readonly [B in SimdBuild]: string } = {
  "relaxed-simd": relaxedSimdModuleHex,
  simd: simdModuleHex,
};

/**
 * Records every JavaScript file `context` loads, workers included, gzipped at level 9, with the
 * share that is the core's WebAssembly module (long hex string literals: a chunk of one build
 * each, that loadSimdKernels imports), and which builds those are. Call before the page loads; the
 * returned function waits for the bodies.
 */
export function recordScripts(context: BrowserContext): () => Promise<ScriptSize[]> {
  const scripts: Promise<ScriptSize>[] = [];
  context.on("response", (response) => {
    if (!response.url().endsWith(".js")) return;
    scripts.push(
      response.body().then((body) => {
        const wasm = [...body.toString("latin1").matchAll(/["'`]([0-9a-f]{1024,})["'`]/g)].map((m) => m[1]!);
        return {
          url: response.url(),
          gz: gzipSync(body, { level: 9 }).length,
          wasm: wasm.length === 0 ? 0 : gzipSync(wasm.join(""), { level: 9 }).length,
          builds: (Object.keys(buildHex) as SimdBuild[]).filter((build) => wasm.includes(buildHex[build])),
        };
      }),
    );
  });
  return () => Promise.all(scripts);
}
