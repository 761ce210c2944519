/// <reference lib="dom" />
/**
 * The site's builds: two builds give identical files, and a build under a base path (as for a
 * GitHub Pages project site) works there — every link resolves under the base, the post loads
 * with nothing failing. Both builds use SITE_BASE=/activation-lab/, so this file builds twice.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, scrollThrough, watchPage } from "../helpers/site-browser.js";
import { buildSite, hashTree, type RunningSite, serveSite } from "../helpers/site-build.js";
import { crawl } from "../helpers/site-crawl.js";

const base = "/activation-lab/";
const dirs: string[] = [];
let site: RunningSite;

beforeAll(async () => {
  for (const run of [1, 2]) {
    const outDir = mkdtempSync(join(tmpdir(), `activation-lab-build-${run}-`));
    dirs.push(outDir);
    const seconds = await buildSite({ outDir, base });
    console.log(`build ${run} under ${base}: ${seconds.toFixed(1)} s`);
  }
  site = await serveSite(dirs[0]!, base);
});

afterAll(async () => {
  await site?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Where the two builds of `path` first differ, with some context, for the failure message. */
function firstDifference(path: string): string {
  const [a, b] = dirs.map((dir) => readFileSync(join(dir, path), "utf8"));
  let i = 0;
  while (i < a!.length && a![i] === b![i]) i++;
  return `${path} differs at ${i}:\n${a!.slice(i - 200, i + 200)}\n---\n${b!.slice(i - 200, i + 200)}`;
}

describe("two builds", () => {
  it("produce identical files (SHA-256 of every file in the two dist trees)", () => {
    const [first, second] = dirs.map(hashTree);
    expect(first!.size).toBeGreaterThan(10);
    expect([...second!.keys()]).toEqual([...first!.keys()]);
    const differing = [...first!].filter(([path, hash]) => second!.get(path) !== hash).map(([path]) => path);
    expect(differing, differing.length > 0 ? firstDifference(differing[0]!) : "").toEqual([]);
  });
});

describe(`a build under the base path ${base}`, () => {
  it("serves every page and asset under the base, and every internal link resolves there", async () => {
    expect(site.url).toBe(`${site.origin}${base}`);
    const { pages, broken } = await crawl(site.url);
    expect(pages.length, JSON.stringify({ pages, broken })).toBeGreaterThanOrEqual(4);
    expect(pages.every((page) => page.startsWith(site.url))).toBe(true);
    expect(broken).toEqual([]);
    // the server answers nothing outside the base: a link that forgot it would have been caught
    expect((await fetch(new URL("/activation-functions/", site.origin))).status).toBe(404);
  });

  it("loads the post, its styles, fonts and islands with nothing failing", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems = watchPage(page, site.origin);
      await page.goto(new URL("activation-functions/", site.url).href);
      await scrollThrough(page);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
      // the islands ran: their controls are shown
      expect(await page.locator("#figure-elu .controls").isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
