/**
 * The notebook-page renderer on a fixture notebook (fixtures/notebooks/01-fixture.ipynb) whose
 * outputs carry what a page must not run or load: scripts, event handlers, <foreignObject>,
 * URLs and CSS imports that point to another origin. No build needed: the site's own modules.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../site/src/lib/markdown.js";
import { renderOutput } from "../../site/src/lib/notebook-output.js";
import { joinSource, listNotebooks } from "../../site/src/lib/notebooks.js";

const fixtures = fileURLToPath(new URL("./fixtures/notebooks/", import.meta.url));
const [fixture] = listNotebooks(fixtures);

async function outputsOf(cellIndex: number) {
  const cell = fixture!.notebook.cells[cellIndex]!;
  if (cell.cell_type !== "code") throw new Error(`cell ${cellIndex} is not a code cell`);
  return Promise.all(cell.outputs.map((output) => renderOutput(output, renderMarkdown)));
}

describe("listNotebooks(dir)", () => {
  it("finds NN-name.ipynb files and takes the title from the first heading", () => {
    expect(fixture).toMatchObject({ slug: "01-fixture", title: "픽스처 노트북: Sigmoid" });
  });
});

describe("renderMarkdown(source)", () => {
  it("typesets inline and display math with KaTeX", async () => {
    const html = await renderMarkdown(joinSource(fixture!.notebook.cells[0]!.source));
    expect(html).toContain('<h1 id="픽스처-노트북-sigmoid">');
    expect(html.match(/class="katex"/g)?.length).toBe(2);
    expect(html).toContain('class="katex-display"');
  });
});

describe("renderOutput(output)", () => {
  it("escapes stream text", async () => {
    const [stdout] = await outputsOf(1);
    expect(stdout).toEqual({
      kind: "text",
      html: '<pre tabindex="0"><code>true &lt;b&gt;not bold&lt;/b&gt;\n</code></pre>',
    });
  });

  it("names an HTML output's scrolling region with the label it is given, escaped, and 출력 without one", async () => {
    const table = {
      output_type: "display_data",
      data: { "text/html": "<table><tr><td>1</td></tr></table>" },
      metadata: {},
    } as const;
    const named = await renderOutput(table, async (md) => md, '출력 In [3] (2/2) "');
    expect(named.html).toMatch(
      /^<div class="html-output" role="region" tabindex="0" aria-label="출력 In \[3\] \(2\/2\) &quot;">/,
    );
    expect((await renderOutput(table, async (md) => md)).html).toContain('aria-label="출력"');
    // a Markdown table's region, named after its headers by the pipeline, gets the label first
    const markdown = {
      output_type: "display_data",
      data: { "text/markdown": "| a | b |\n|---|---|\n| 1 | 2 |" },
      metadata: {},
    } as const;
    expect((await renderOutput(markdown, renderMarkdown, "출력 In [4]")).html).toContain(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="출력 In [4], 표: a, b">',
    );
  });

  it("keeps an SVG chart's drawing and drops scripts, handlers, foreign content and outside URLs", async () => {
    const [svg] = await outputsOf(2);
    expect(svg!.kind).toBe("svg");
    const html = svg!.html;
    expect(html).toContain('d="M0,100L100,50L200,0"');
    expect(html).toContain("<title>fixture chart</title>");
    // <style> goes (the CSP would block it, and inline it would restyle the whole page)
    expect(html).not.toContain("<style");
    expect(html).toContain('style="stroke-width:2"');
    expect(html).toMatch(/<use href="#c1"/);
    expect(html).toContain('clip-path="url(#c1)"');
    for (const banned of [
      "onload",
      "<script",
      "alert(",
      "foreignObject",
      "foreignobject",
      "evil.example",
      "javascript:",
      "@import",
      "<image",
      "stroke:currentColor",
    ]) {
      expect(html, banned).not.toContain(banned);
    }
  });

  it("sanitises HTML output the same way", async () => {
    const [html] = await outputsOf(3);
    expect(html!.kind).toBe("html");
    expect(html!.html).toContain("<td>0.5</td>");
    for (const banned of ["onclick", "<script", "<iframe", "evil.example"])
      expect(html!.html).not.toContain(banned);
  });

  it("shows plain results, and stderr and errors without ANSI colour codes", async () => {
    const [result, stderr] = await outputsOf(4);
    expect(result).toEqual({ kind: "text", html: '<pre tabindex="0"><code>0.7310585786300049</code></pre>' });
    expect(stderr).toEqual({
      kind: "stderr",
      html: '<pre class="stderr" tabindex="0"><code>warning: slow\n</code></pre>',
    });
    const [error] = await outputsOf(5);
    expect(error).toEqual({
      kind: "error",
      html: '<pre class="stderr" tabindex="0"><code>Error: boom\n    at &lt;anonymous&gt;</code></pre>',
    });
  });
});

describe("renderMarkdown(source) on untrusted Markdown", () => {
  it("drops raw scripts, handlers, javascript: links and frames, and keeps KaTeX's styles", async () => {
    const html = await renderMarkdown(
      [
        "# T",
        '<script>alert(1)</script><img src="x" onerror="alert(2)">',
        '[x](javascript:alert(3)) <iframe src="https://evil.example/"></iframe>',
        "$\\sqrt{x^2}$",
      ].join("\n\n"),
    );
    for (const banned of ["<script", "onerror", "javascript:", "<iframe", "evil.example", "<img"])
      expect(html, banned).not.toContain(banned);
    expect(html).toContain('class="katex"');
    expect(html).toMatch(/style="height:[\d.]+em/);
  });
});

describe("image outputs", () => {
  it("keep a base64 PNG and refuse anything else in its place", async () => {
    const png = "iVBORw0KGgo=";
    const image = await renderOutput(
      { output_type: "display_data", data: { "image/png": png, "text/plain": 'a "b"' } },
      renderMarkdown,
    );
    expect(image).toEqual({
      kind: "image",
      html: `<img src="data:image/png;base64,${png}" alt="a &quot;b&quot;" />`,
    });
    const attack = await renderOutput(
      { output_type: "display_data", data: { "image/jpeg": 'AAAA"/onerror="alert(1)', "text/plain": "x" } },
      renderMarkdown,
    );
    expect(attack).toEqual({ kind: "text", html: '<pre tabindex="0"><code>x</code></pre>' });
  });
});

describe("renderMarkdown(source, headingLevels): headings that never skip a level", () => {
  const levels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

  it("raises a heading that skips levels, across the cells of one page, and leaves the rest", async () => {
    const page = { previous: 0 };
    const cells = ["# T", "> ### Q\n\n## A", "#### B\n\n## C", "<h4>raw</h4>"];
    const rendered: number[][] = [];
    for (const cell of cells) rendered.push(levels(await renderMarkdown(cell, page)));
    expect(rendered).toEqual([[1], [2, 2], [3, 2], [3]]);
    expect(page.previous).toBe(3);
  });

  it("starts a page below the level it is given, and changes nothing without one", async () => {
    expect(levels(await renderMarkdown("### Q", { previous: 1 }))).toEqual([2]);
    expect(levels(await renderMarkdown("### Q\n\n###### R"))).toEqual([3, 6]);
  });
});
