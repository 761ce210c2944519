/// <reference lib="dom" />
/**
 * The built site in a real browser: Debian's Chromium, driven by playwright-core, against the
 * production build served by site/scripts/serve-dist.mjs on localhost. The default build, shared with the other site tests.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  buildHex,
  closeSite,
  openDefaultSite,
  recordScripts,
  scrollThrough,
  watchPage,
} from "../helpers/site-browser.js";
import { type RunningSite, repoRoot } from "../helpers/site-build.js";
import { crawl } from "../helpers/site-crawl.js";

let site: RunningSite;
let browser: Browser;
let outDir: string;

beforeAll(async () => {
  ({ site, browser, outDir } = await openDefaultSite());
});

afterAll(() => closeSite(site, browser));

const postUrl = () => new URL("activation-functions/", site.url).href;

async function newContext(options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
}

/** For every h2 of the post: its text and the charts (SVG in a figure) before the next h2. */
function sectionCharts(): { heading: string; charts: number }[] {
  const result: { heading: string; charts: number }[] = [];
  for (const h2 of document.querySelectorAll("article h2")) {
    let charts = 0;
    for (let el = h2.nextElementSibling; el && el.tagName !== "H2"; el = el.nextElementSibling) {
      for (const svg of el.querySelectorAll("figure svg")) {
        const box = svg.getBoundingClientRect();
        if (box.width > 200 && box.height > 100 && svg.querySelector("path")) charts++;
      }
    }
    result.push({ heading: h2.textContent ?? "", charts });
  }
  return result;
}

describe("the core's WebAssembly in the build", () => {
  it("is a chunk per build, which only the workers import, on demand: no page's own script holds or imports one", () => {
    const dir = join(outDir, "_astro");
    const scripts = readdirSync(dir)
      .filter((name) => name.endsWith(".js"))
      .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
    const chunks = Object.entries(buildHex).map(([build, hex]) => {
      const holding = scripts.filter((s) => s.text.includes(hex)).map((s) => s.name);
      expect(holding, build).toHaveLength(1);
      return holding[0]!;
    });
    expect(new Set(chunks).size).toBe(2); // not the same file
    for (const chunk of chunks) {
      const importers = scripts.filter((s) => s.text.includes(chunk));
      expect(importers.map((s) => s.name).sort(), chunk).toEqual(
        scripts
          .filter((s) => /^worker-/.test(s.name))
          .map((s) => s.name)
          .sort(),
      );
      // by import() alone: fetched when loadSimdKernels asks for it
      const dynamic = new RegExp(`import\\(["'\`]\\./${chunk.replaceAll(".", "\\.")}["'\`]\\)`, "g");
      for (const { name, text } of importers) {
        expect(text.split(chunk).length - 1, name).toBe(text.match(dynamic)?.length);
      }
    }
  });
});

describe("the post page", () => {
  it("every section with a picture in the original (🔹 1–8, 📊) shows its chart", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(postUrl());
    const sections = (await page.evaluate(sectionCharts)).filter((s) => /🔹|📊/.test(s.heading));
    expect(sections.map((s) => s.heading)).toHaveLength(9);
    for (const section of sections)
      expect(section, section.heading).toMatchObject({ charts: expect.any(Number) });
    expect(sections.filter((s) => s.charts === 0).map((s) => s.heading)).toEqual([]);
    await context.close();
  });

  it("loads with no console error, no failed request and no request to another origin", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const problems = watchPage(page, site.origin);
    await page.goto(postUrl());
    await scrollThrough(page);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });

  it("typesets the post's math with KaTeX, with the site's own KaTeX fonts", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on("response", (response) => {
      if (/KaTeX_.*\.woff2$/.test(response.url())) fonts.push(response.url());
    });
    await page.goto(postUrl());
    await scrollThrough(page);
    expect(await page.locator("article .katex-display").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator("article .katex").count()).toBeGreaterThanOrEqual(4);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((url) => url.startsWith(site.origin))).toBe(true);
    await context.close();
  });

  it("loads at most 40 KB of gzipped JavaScript, islands included, and none of the core's WebAssembly", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const scripts = recordScripts(context);
    await page.goto(postUrl());
    await scrollThrough(page);
    const files = await scripts();
    const total = files.reduce((sum, f) => sum + f.gz, 0);
    console.log(`post page JavaScript: ${files.length} files, ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(40 * 1024);
    // its islands run no kernel, so no build of the kernels' WebAssembly comes with them
    expect(files.filter((f) => f.wasm > 0).map((f) => f.url)).toEqual([]);
    await context.close();
  });

  it("an α slider redraws its chart and shows its value, from the keyboard", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(postUrl());
    const figure = page.locator("#figure-elu");
    await figure.scrollIntoViewIfNeeded();
    // labelled with what it sets: "ELU의 α"
    const slider = figure.getByRole("slider", { name: "ELU의 α" });
    await slider.waitFor({ state: "visible" });
    const output = figure.locator("output").first();
    const before = {
      value: await output.textContent(),
      paths: await figure.locator("svg path").evaluateAll((ps) => ps.map((p) => p.getAttribute("d"))),
    };
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    const after = {
      value: await output.textContent(),
      paths: await figure.locator("svg path").evaluateAll((ps) => ps.map((p) => p.getAttribute("d"))),
    };
    expect(after.value).not.toBe(before.value);
    expect(after.paths).not.toEqual(before.paths);
    expect(await slider.getAttribute("aria-valuetext")).toBe(after.value);
    await context.close();
  });

  it("loads the island code only when a figure scrolls into view", async () => {
    const context = await newContext({ viewport: { width: 1024, height: 300 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(postUrl());
    await page.waitForLoadState("networkidle");
    const atTop = [...scripts];
    await page.locator("#figure-sigmoid").scrollIntoViewIfNeeded();
    await page.locator("#figure-sigmoid .controls").waitFor({ state: "visible" });
    const later = scripts.filter((path) => !atTop.includes(path));
    expect(atTop.length).toBeGreaterThan(0);
    expect(later.length, `scripts at the top: ${atTop}`).toBeGreaterThan(0);
    await context.close();
  });

  it("every control redraws or filters its chart: β slider, exact/tanh GELU, derivative toggle, picker", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(postUrl());
    const paths = (figure: string) =>
      page.locator(`${figure} .chart svg path`).evaluateAll((ps) => ps.map((p) => p.getAttribute("d")));
    const shown = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== "none").length);

    // β slider: the keyboard moves it, its value is shown, Swish is redrawn
    await page.locator("#figure-swish").scrollIntoViewIfNeeded();
    const beta = page.locator("#figure-swish").getByRole("slider");
    await beta.waitFor({ state: "visible" });
    const swishBefore = await paths("#figure-swish");
    await beta.focus();
    await page.keyboard.press("End");
    expect(await page.locator("#figure-swish output").first().textContent()).toMatch(/^β = 10$/);
    expect(await paths("#figure-swish")).not.toEqual(swishBefore);

    // exact GELU against its tanh approximation: redrawn, and the largest difference is shown
    await page.locator("#figure-gelu").scrollIntoViewIfNeeded();
    const tanhChoice = page.locator("#figure-gelu").getByRole("radio", { name: "tanh 근사" });
    await tanhChoice.waitFor({ state: "visible" });
    const geluBefore = await paths("#figure-gelu");
    await tanhChoice.check();
    expect(await paths("#figure-gelu")).not.toEqual(geluBefore);
    expect(await page.locator('#figure-gelu [data-role="variant-note"]').textContent()).toMatch(
      /최대 차이 \|정확 − 근사\| = \d\.\d\d\s×\s10⁻⁴$/, // formatNumber's power of ten, no-break spaces
    );

    // derivative toggle, with the keyboard: f′ and its legend entry go, f stays
    const toggle = page.locator("#figure-gelu").getByRole("checkbox", { name: /도함수/ });
    expect(await shown("#figure-gelu .al-chart-df-0")).toBe(1);
    await toggle.focus();
    await page.keyboard.press("Space");
    expect(await toggle.isChecked()).toBe(false);
    expect(await shown("#figure-gelu .al-chart-df-0")).toBe(0);
    expect(await shown("#figure-gelu .al-chart-f-0")).toBe(1);

    // the comparison picker: unticking ReLU hides its curve only
    await page.locator("#figure-comparison").scrollIntoViewIfNeeded();
    const relu = page.locator("#figure-comparison").getByRole("checkbox", { name: "ReLU", exact: true });
    await relu.waitFor({ state: "visible" });
    const curves = await shown("#figure-comparison [class^='al-chart-'][class$='-f']");
    await relu.uncheck();
    expect(await shown("#figure-comparison .al-chart-relu-f")).toBe(0);
    expect(await shown("#figure-comparison [class^='al-chart-'][class$='-f']")).toBe(curves - 1);
    await context.close();
  });

  it("with JavaScript disabled every chart is still there", async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(postUrl());
    const sections = (await page.evaluate(sectionCharts)).filter((s) => /🔹|📊/.test(s.heading));
    expect(sections).toHaveLength(9);
    expect(sections.filter((s) => s.charts === 0).map((s) => s.heading)).toEqual([]);
    await context.close();
  });

  it("is readable on a 375-px phone: nothing wider than the screen but the charts' own scrollers", async () => {
    const context = await newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(postUrl());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(375);
    await context.close();
  });
});

describe("themes and phones", () => {
  it("follows prefers-color-scheme: light and dark backgrounds (screenshots in test/.cache/site-screenshots)", async () => {
    const shots = join(repoRoot, "test", ".cache", "site-screenshots");
    mkdirSync(shots, { recursive: true });
    const backgrounds: Record<string, number> = {};
    for (const scheme of ["light", "dark"] as const) {
      const context = await newContext({ viewport: { width: 375, height: 740 }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(postUrl());
      await scrollThrough(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(shots, `post-375-${scheme}.png`), fullPage: true });
      // relative luminance of the body's background, 0 (black) to 1 (white)
      backgrounds[scheme] = await page.evaluate(() => {
        const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      });
      await context.close();
    }
    expect(backgrounds.light).toBeGreaterThan(0.9);
    expect(backgrounds.dark).toBeLessThan(0.1);
  });
});

describe("accessibility (axe-core)", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`the post, notebook pages and the index have no violations (${scheme})`, async () => {
      const context = await newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const notebooks = await (await fetch(new URL("notebooks/", site.url))).text();
      const firstNotebook = /href="([^"]*\/notebooks\/\d\d-[^"]+\/)"/.exec(notebooks)?.[1];
      expect(firstNotebook, "a notebook page is listed").toBeTruthy();
      // 08: several HTML outputs, each a scrolling region that needs a name of its own (landmark-unique)
      const gated = new URL("notebooks/08-geglu-swiglu/", site.url).href;
      for (const url of [postUrl(), new URL(firstNotebook!, site.url).href, gated, site.url]) {
        await page.goto(url);
        await scrollThrough(page);
        expect(await axeViolations(page), url).toEqual([]);
      }
      await context.close();
    });
  }
});

describe("notebook pages", () => {
  it("show every notebook's cells and every SVG chart among its outputs, and offer the .ipynb", async () => {
    const dir = join(repoRoot, "notebooks");
    const names = readdirSync(dir).filter((name) => /^\d\d-.*\.ipynb$/.test(name));
    expect(names.length).toBeGreaterThan(0);
    const context = await newContext();
    const page = await context.newPage();
    for (const name of names) {
      const notebook = JSON.parse(readFileSync(join(dir, name), "utf8")) as {
        cells: { cell_type: string; outputs?: { data?: Record<string, unknown> }[] }[];
      };
      const codeCells = notebook.cells.filter((cell) => cell.cell_type === "code").length;
      const svgs = notebook.cells
        .flatMap((cell) => cell.outputs ?? [])
        .filter((output) => output.data?.["image/svg+xml"] !== undefined).length;
      const slug = name.replace(/\.ipynb$/, "");
      await page.goto(new URL(`notebooks/${slug}/`, site.url).href);
      expect(await page.locator(".cell-code pre").count(), `${slug}: code cells`).toBe(codeCells);
      expect(await page.locator(".cell-output .svg-output > svg").count(), `${slug}: SVG outputs`).toBe(svgs);
      const download = await fetch(new URL(`notebooks/${name}`, site.url));
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(readFileSync(join(dir, name)));
    }
    await context.close();
  });
});

describe("links", () => {
  it("every internal link resolves, fragments included, and none leaves the site", async () => {
    const { pages, broken } = await crawl(site.url);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(broken).toEqual([]);
  });

  it("the post links each section to its notebook, the notebook links back to the section", async () => {
    const notebooks = readdirSync(join(repoRoot, "notebooks")).filter((name) =>
      /^\d\d-.*\.ipynb$/.test(name),
    );
    expect(notebooks.length).toBeGreaterThan(0);
    const post = await (await fetch(postUrl())).text();
    for (const name of notebooks) {
      const slug = name.replace(/\.ipynb$/, "");
      expect(post, slug).toContain(`href="/notebooks/${slug}/"`);
      const page = await (await fetch(new URL(`notebooks/${slug}/`, site.url))).text();
      const back = /href="\/activation-functions\/#([^"]+)"/.exec(page)?.[1];
      expect(back, `${slug} links back to a section`).toBeTruthy();
      // the section it links to is the one whose figure links to this notebook
      const section = post.slice(post.indexOf(`id="${decodeURIComponent(back!)}"`));
      const nextSection = section.indexOf("<h2", 1);
      expect(section.slice(0, nextSection === -1 ? undefined : nextSection)).toContain(
        `href="/notebooks/${slug}/"`,
      );
      expect(page).toContain(`href="/notebooks/${slug}.ipynb"`);
    }
  });
});
