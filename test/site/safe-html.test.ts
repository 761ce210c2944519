/**
 * safeHtml, the site's sanitiser for markup it did not write: what it keeps for charts, KaTeX and
 * Shiki, and what it removes. Expected markup is written out by hand. The browser-level check of
 * the same function is the XSS corpus (xss-corpus.test.ts).
 */
import { describe, expect, it } from "vitest";
import { depthMarker, maxDepth, safeCssValue, safeHtml, safeStyle } from "../../site/src/lib/safe-html.js";

describe("safeHtml(markup)", () => {
  it("keeps a Plot-like chart: geometry, presentation, clip paths and their unprefixed ids", () => {
    const chart = [
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" class="plot-d6a7b5" fill="currentColor">',
      '<defs><clipPath id="c-1"><rect width="10" height="10" /></clipPath></defs>',
      '<g stroke="var(--al-chart-series-1, #3b6fd8)" stroke-width="2" stroke-dasharray="5 3">',
      '<path clip-path="url(#c-1)" d="M0,0L10,10" /></g><use href="#c-1" /></svg>',
    ].join("");
    expect(safeHtml(chart)).toBe(chart);
  });

  it('drops ARIA on the parts of an <svg role="img">, which is labelled as a whole', () => {
    expect(
      safeHtml(
        '<svg role="img" aria-label="c"><g role="group" aria-label="marks"><path d="M0 0"/></g></svg>',
      ),
    ).toBe('<svg role="img" aria-label="c"><g><path d="M0 0" /></g></svg>');
  });

  it("keeps KaTeX's MathML and its style attributes", () => {
    const katex =
      '<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML">' +
      '<semantics><mrow><mi>x</mi></mrow><annotation encoding="application/x-tex">x</annotation></semantics>' +
      '</math></span><span class="katex-html" aria-hidden="true"><span class="strut" style="height:0.4306em"></span></span></span>';
    expect(safeHtml(katex)).toBe(katex);
  });

  it("keeps heading ids and same-page links as written, and drops name", () => {
    expect(safeHtml('<h2 id="results">R</h2><a href="#results" name="getElementById">up</a>')).toBe(
      '<h2 id="results">R</h2><a href="#results">up</a>',
    );
  });

  it("keeps links to http(s) and mailto and drops other schemes, ping and target", () => {
    expect(
      safeHtml(
        '<a href="https://example.org/" ping="https://e.example/" target="_top">a</a>' +
          '<a href="mailto:x@example.org">b</a><a href="javascript:alert(1)">c</a><a href="data:text/html,x">d</a>',
      ),
    ).toBe('<a href="https://example.org/">a</a><a href="mailto:x@example.org">b</a><a>c</a><a>d</a>');
  });

  it("keeps only base64 raster images, and drops an image left without a source", () => {
    expect(safeHtml('<img src="data:image/png;base64,AAAA" alt="a" srcset="https://e.example/ 2x">')).toBe(
      '<img src="data:image/png;base64,AAAA" alt="a">',
    );
    expect(safeHtml('<p><img src="https://e.example/i.png"><img src="data:image/svg+xml,<svg/>"></p>')).toBe(
      "<p></p>",
    );
  });

  it("lets <use> and CSS-valued SVG attributes point only into the page", () => {
    expect(
      safeHtml(
        '<svg><use href="https://e.example/s.svg#a"/><use xlink:href="#a"/>' +
          '<rect fill="url(https://e.example/p)" stroke="url(#g)" marker-end="url(https://e.example/m)"/></svg>',
      ),
    ).toBe('<svg><use /><use xlink:href="#a" /><rect stroke="url(#g)" /></svg>');
  });

  it("drops <style>, <script>, <foreignObject> and unknown elements with their content", () => {
    expect(
      safeHtml(
        "<svg><style>@import url(https://e.example/)</style><foreignObject><p>x</p></foreignObject></svg>" +
          "<script>alert(1)</script><blink>y</blink><p>z</p>",
      ),
    ).toBe("<svg></svg><p>z</p>");
  });

  it("parses comments as a browser does: --!> ends one", () => {
    expect(safeHtml("<!--x--!><script>alert(1)</script>--><p>z</p>")).toBe("--><p>z</p>");
  });

  it(`cuts content nested deeper than ${maxDepth} elements with a marker, 20,000 deep without overflowing`, () => {
    const depth = 20_000;
    const html = safeHtml(`${"<div>".repeat(depth)}x${"</div>".repeat(depth)}`);
    expect(html.split("<div>").length - 1).toBe(maxDepth);
    expect(html).toContain(depthMarker);
    expect(html).not.toContain(">x<");
  });
});

describe("safeStyle(style)", () => {
  it("keeps declarations from the allow-list whose values load nothing, and drops overlays", () => {
    expect(safeStyle("height:0.8em;position:fixed;top:-3em;background:url(x)")).toBe("height:0.8em;top:-3em");
    expect(safeStyle("color:var(--astro-code-token-keyword)")).toBe("color:var(--astro-code-token-keyword)");
    expect(safeStyle("POSITION: relative; z-index: 9999")).toBe("position:relative");
    expect(safeStyle("--x:red;background-image:none")).toBeUndefined();
  });
});

describe("safeCssValue(value)", () => {
  it("refuses url() to anything but #fragment, escapes, image-set(), comments and quotes", () => {
    for (const value of [
      "\\75 rl(x)",
      "image-set('x' 1x)",
      "-webkit-image-set(x 1x)",
      "url(https://e.example/)",
      "URL(x)",
      "url/**/(x)",
      "expression(alert(1))",
      "attr(x)",
      "red}*{x",
    ])
      expect(safeCssValue(value), value).toBe(false);
    for (const value of ["url(#clip-1)", "calc(100% - 2px)", "rgb(1, 2, 3)", "-0.0833em", "#3b6fd8"])
      expect(safeCssValue(value), value).toBe(true);
  });
});
