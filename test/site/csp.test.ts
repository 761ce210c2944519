/// <reference lib="dom" />
/**
 * The Content-Security-Policy of the built site in Chromium: every page carries it, the post's
 * islands work under it with nothing reported, and markup injected into a page after the fact (an
 * inline script, an image and a stylesheet from another origin, an inline <style>) is blocked and
 * reported through `securitypolicyviolation`. The other origin is a second local server, which
 * counts what reaches it. The default build, shared with the other site tests.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeSite,
  cspReports,
  openDefaultSite,
  recordCspReports,
  scrollThrough,
  watchPage,
} from "../helpers/site-browser.js";
import type { RunningSite } from "../helpers/site-build.js";
import { crawl } from "../helpers/site-crawl.js";

let site: RunningSite;
let browser: Browser;
let elsewhere: Server;
let elsewhereOrigin: string;
const elsewhereHits: string[] = [];

beforeAll(async () => {
  ({ site, browser } = await openDefaultSite());
  elsewhere = createServer((request, response) => {
    elsewhereHits.push(request.url ?? "");
    response.end();
  });
  await new Promise<void>((listening) => elsewhere.listen(0, "127.0.0.1", listening));
  elsewhereOrigin = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await closeSite(site, browser);
  await new Promise((closed) => elsewhere?.close(closed));
});

/** The policy in a page's <meta http-equiv>, as a map from directive to its sources. */
function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
  expect(metas).toHaveLength(1);
  return new Map(
    metas[0]![1]!
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** A new page that records its CSP reports. */
async function reportingPage(): Promise<Page> {
  const page = await browser.newPage();
  await recordCspReports(page);
  return page;
}

describe("the Content-Security-Policy", () => {
  it("is on every page: the site's own scripts, styles, images and fonts only; no unsafe-inline script or eval", async () => {
    const { pages } = await crawl(site.url);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const url of [...pages, new URL("no-such-page/", site.url).href]) {
      const policy = policyOf(await (await fetch(url)).text());
      expect(policy.get("default-src"), url).toEqual(["'self'"]);
      expect(policy.get("img-src"), url).toEqual(["'self'", "data:"]);
      expect(policy.get("font-src"), url).toEqual(["'self'"]);
      expect(policy.get("object-src"), url).toEqual(["'none'"]);
      expect(policy.get("base-uri"), url).toEqual(["'none'"]);
      const script = policy.get("script-src")!;
      expect(script[0], url).toBe("'self'");
      // anything else is the hash of a script Astro inlines itself
      expect(
        script.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)),
        url,
      ).toBe(true);
      const style = policy.get("style-src")!;
      expect(style[0], url).toBe("'self'");
      expect(
        style.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)),
        url,
      ).toBe(true);
      expect(policy.get("style-src-attr"), url).toEqual(["'unsafe-inline'"]);
    }
  });

  it("lets every page load with nothing reported and no console error", async () => {
    const { pages } = await crawl(site.url);
    const page = await reportingPage();
    const problems = watchPage(page, site.origin);
    const reported: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      await scrollThrough(page);
      reported.push(...(await cspReports(page)).map((report) => `${url}: ${report}`));
    }
    expect(reported).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await page.close();
  });

  it("lets the post load and its islands work with nothing reported", async () => {
    const page = await reportingPage();
    const problems = watchPage(page, site.origin);
    await page.goto(new URL("activation-functions/", site.url).href);
    const figure = page.locator("#figure-elu");
    await figure.scrollIntoViewIfNeeded();
    const slider = figure.getByRole("slider", { name: "ELU의 α" });
    await slider.waitFor({ state: "visible" });
    const paths = () => figure.locator("svg path").evaluateAll((ps) => ps.map((p) => p.getAttribute("d")));
    const before = await paths();
    await slider.focus();
    await page.keyboard.press("End");
    expect(await paths()).not.toEqual(before);
    await page.waitForLoadState("networkidle");
    expect(await cspReports(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await page.close();
  });

  it("blocks and reports an injected inline script, image and stylesheet from another origin, and inline <style>", async () => {
    const page = await reportingPage();
    await page.goto(new URL("notebooks/", site.url).href);
    await page.evaluate((origin) => {
      const script = document.createElement("script");
      script.textContent = "window.injectedScriptRan = true";
      document.body.append(script);
      const image = document.createElement("img");
      image.src = `${origin}/image.png`;
      document.body.append(image);
      const sheet = document.createElement("link");
      sheet.rel = "stylesheet";
      sheet.href = `${origin}/sheet.css`;
      document.head.append(sheet);
      const style = document.createElement("style");
      style.textContent = "body { display: none }";
      document.head.append(style);
    }, elsewhereOrigin);
    await expect.poll(() => cspReports(page).then((reports) => reports.length)).toBe(4);
    expect((await cspReports(page)).sort()).toEqual(
      [
        "script-src-elem inline",
        `img-src ${elsewhereOrigin}/image.png`,
        `style-src-elem ${elsewhereOrigin}/sheet.css`,
        "style-src-elem inline",
      ].sort(),
    );
    expect(await page.evaluate(() => "injectedScriptRan" in window)).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe("none");
    expect(elsewhereHits).toEqual([]);
    await page.close();
  });
});
