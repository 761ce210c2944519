/// <reference lib="dom" />
/**
 * The XSS corpus (fixtures/xss-corpus.txt, its sources in its header) through the real notebook
 * page: a notebook holding every payload as a Markdown cell and as text/html, image/svg+xml,
 * text/markdown and image/png outputs, built by `astro build` into a page and loaded in Chromium.
 * No script may run and no request may leave the origin, first with the page's CSP bypassed (the
 * sanitiser alone), then with it (nothing left for it to block). One build for this file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "parse5";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cspReports,
  launchChromium,
  recordCspReports,
  scrollThrough,
  watchPage,
} from "../helpers/site-browser.js";
import { buildSite, type RunningSite, serveSite } from "../helpers/site-build.js";

const corpus = readFileSync(new URL("./fixtures/xss-corpus.txt", import.meta.url), "utf8");
const payloads = corpus.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#"));
const slug = "01-xss-corpus";

/** A notebook with each payload in every place a notebook can put markup. */
function corpusNotebook(): object {
  const cells = payloads.flatMap((payload, i) => [
    { cell_type: "markdown", metadata: {}, source: payload },
    {
      cell_type: "code",
      metadata: {},
      execution_count: i + 1,
      source: `// payload ${i + 1}`,
      outputs: [
        { output_type: "display_data", metadata: {}, data: { "text/html": payload } },
        {
          output_type: "display_data",
          metadata: {},
          data: { "image/svg+xml": `<svg xmlns="http://www.w3.org/2000/svg">${payload}</svg>` },
        },
        { output_type: "display_data", metadata: {}, data: { "text/markdown": payload } },
        { output_type: "display_data", metadata: {}, data: { "image/png": payload, "text/plain": payload } },
      ],
    },
  ]);
  return {
    cells: [{ cell_type: "markdown", metadata: {}, source: "# XSS corpus" }, ...cells],
    metadata: { language_info: { name: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

let notebooks: string;
let outDir: string;
let site: RunningSite;
let browser: Browser;
const pageUrl = () => new URL(`notebooks/${slug}/`, site.url).href;

beforeAll(async () => {
  notebooks = mkdtempSync(join(tmpdir(), "activation-lab-xss-notebooks-"));
  writeFileSync(join(notebooks, `${slug}.ipynb`), JSON.stringify(corpusNotebook()));
  outDir = mkdtempSync(join(tmpdir(), "activation-lab-xss-site-"));
  const seconds = await buildSite({ outDir, notebooks });
  console.log(`site with the XSS corpus (${payloads.length} payloads) built in ${seconds.toFixed(1)} s`);
  site = await serveSite(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  for (const dir of [notebooks, outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the XSS corpus", () => {
  it("has at least 100 payloads and names its sources", () => {
    expect(payloads.length).toBeGreaterThanOrEqual(100);
    expect(corpus).toMatch(/^# Sources/m);
    expect(new Set(payloads).size).toBe(payloads.length);
  });
});

/** Elements that run, load, submit or restyle: none may be left in a notebook's content. */
const activeElements =
  /^(script|style|iframe|frame|object|embed|link|meta|base|form|button|foreignobject|image|feimage|animate|set|maction|mglyph|template|audio|video|source|picture)$/;

/** What a page with the corpus did: dialogs opened (alert), requests to other origins, CSP reports. */
async function visit(bypassCSP: boolean) {
  // a tall viewport: the long corpus page scrolls through in fewer steps, every part still shown
  const context = await browser.newContext({ bypassCSP, viewport: { width: 1024, height: 4000 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await recordCspReports(page);
  const problems = watchPage(page, site.origin);
  const response = await page.goto(pageUrl());
  expect(response?.status()).toBe(200);
  await scrollThrough(page);
  // handlers that fire on focus, on toggling, at the end of animations and transitions
  for (let i = 0; i < 10; i++) await page.keyboard.press("Tab");
  await page.waitForTimeout(1500);
  const reports = await cspReports(page);
  const outputs = await page.locator(".cell-output > *").count();
  // what the reader sees at the header's links: the links, not a notebook's overlay
  await page.evaluate(() => window.scrollTo(0, 0));
  const headerLinks = await page.evaluate(() =>
    [...document.querySelectorAll(".site-header a")].map((link) => {
      const box = link.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit === link || link.contains(hit) ? "link" : (hit?.outerHTML.slice(0, 120) ?? "nothing");
    }),
  );
  await context.close();
  return { dialogs, problems, reports, outputs, headerLinks };
}

describe(`a notebook page with every payload in every place (${payloads.length} × 5)`, () => {
  it("with the CSP bypassed, the sanitiser alone: no script runs, no request leaves the origin, nothing covers the header", async () => {
    const { dialogs, problems, outputs, headerLinks } = await visit(true);
    expect(outputs).toBe(payloads.length * 4);
    // every link of the header (however many the nav has) is what is hit where it is drawn
    expect(headerLinks.length).toBeGreaterThanOrEqual(4);
    expect(headerLinks.filter((hit) => hit !== "link")).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(problems.otherOrigins).toEqual([]);
  });

  it("with the CSP: no script runs, no request leaves the origin, and the CSP had nothing to block", async () => {
    const { dialogs, problems, reports } = await visit(false);
    expect(dialogs).toEqual([]);
    expect(problems.otherOrigins).toEqual([]);
    expect(reports).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("keeps in the built HTML no element, handler or URL that could run or load anything", () => {
    const html = readFileSync(join(outDir, "notebooks", slug, "index.html"), "utf8");
    const article = html.slice(html.indexOf('<article class="notebook">'), html.indexOf("</article>"));
    expect(article.length).toBeGreaterThan(10_000);
    const found: string[] = [];
    type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
    const stack: Node[] = [parse(article) as unknown as Node];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const name = node.nodeName.toLowerCase();
      if (activeElements.test(name)) found.push(`<${name}>`);
      for (const { name: attribute, value } of node.attrs ?? []) {
        if (/^on/i.test(attribute)) found.push(`<${name} ${attribute}>`);
        if (
          /^(src|srcset|background|ping|poster|action|formaction|data|longdesc|cursor|filter)$/i.test(
            attribute,
          )
        ) {
          if (!(attribute === "src" && name === "img" && /^data:image\//.test(value)))
            found.push(`<${name} ${attribute}="${value}">`);
        }
        // links may go elsewhere (a click, not a load), but only by http(s), mailto or a relative URL
        if (/href$/i.test(attribute) && !/^(#|https?:|mailto:|[^:]*$)/i.test(value))
          found.push(`<${name} ${attribute}="${value}">`);
        if (
          /url\(|image-set|\\|@import|expression|position:\s*(fixed|absolute)/i.test(value) &&
          !/^url\(#[\w.-]+\)$/.test(value)
        )
          found.push(`<${name} ${attribute}="${value}">`);
      }
      stack.push(...(node.childNodes ?? []));
    }
    expect(found).toEqual([]);
  });
});
