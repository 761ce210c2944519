import { describe, expect, it } from "vitest";
import { activationChart } from "../src/activationChart.js";
import { activationData } from "../src/activationData.js";
import { renderSvg } from "../src/renderSvg.js";
import { invert, parseSvg, pathPoints, roundNumbers } from "./svg.js";

/** The data-space vertices of the curve drawn in `<g class=className>`. */
function curve(svg: string, className: string, data: ReturnType<typeof activationData>) {
  const path = parseSvg(svg).querySelector(`g.${className} path`);
  expect(path, `a path in g.${className}`).not.toBeNull();
  return pathPoints(path!.getAttribute("d")!).map((p) => invert(p, data.layout, data.xDomain, data.yDomain));
}

/** The y of the vertex nearest to x = at. */
function yAt(points: [number, number][], at: number): [number, number] {
  return points.reduce((best, p) => (Math.abs(p[0] - at) < Math.abs(best[0] - at) ? p : best));
}

describe("activationChart", () => {
  it("activationChart('sigmoid') draws f through (0, 1/2) and f′ through (0, 1/4) in data space", () => {
    const svg = renderSvg(activationChart("sigmoid"));
    const data = activationData("sigmoid");
    // σ(0) = 1/2 and σ′(0) = σ(0)·σ(−0) = 1/4: identities, not the formula under test
    const [x0, f0] = yAt(curve(svg, "al-chart-f-0", data), 0);
    expect(Math.abs(x0)).toBeLessThan(1e-3);
    expect(f0).toBeCloseTo(0.5, 3);
    const [, df0] = yAt(curve(svg, "al-chart-df-0", data), 0);
    expect(df0).toBeCloseTo(0.25, 3);
  });

  it("activationChart('relu') draws f(x) = x for x > 0: its rightmost vertex is (5, 5)", () => {
    const svg = renderSvg(activationChart("relu"));
    const points = curve(svg, "al-chart-f-0", activationData("relu"));
    const last = points[points.length - 1];
    expect(last[0]).toBeCloseTo(5, 2);
    expect(last[1]).toBeCloseTo(5, 2);
  });

  it("draws the package's additions from the registry too: Mish's minimum and Hard-Swish's flat left", () => {
    // Mish's minimum −0.30884 at x ≈ −1.1924 (mpmath); Hard-Swish is 0 for x ≤ −3 and its
    // derivative 1/2 at 0 ((2·0 + 3)/6): values of the definitions, not of the code drawing them
    const mishData = activationData("mish");
    const mish = curve(renderSvg(activationChart("mish")), "al-chart-f-0", mishData);
    const lowest = mish.reduce((best, p) => (p[1] < best[1] ? p : best));
    expect(lowest[0]).toBeCloseTo(-1.19, 1);
    expect(lowest[1]).toBeCloseTo(-0.30884, 3);
    const hardData = activationData("hardSwish");
    const svg = renderSvg(activationChart("hardSwish"));
    expect(yAt(curve(svg, "al-chart-f-0", hardData), -4)[1]).toBeCloseTo(0, 3);
    expect(yAt(curve(svg, "al-chart-df-0", hardData), 0)[1]).toBeCloseTo(0.5, 3);
  });

  it("draws one f and one f′ curve per parameter variant, each in its own class", () => {
    const svg = renderSvg(activationChart("leakyRelu", { params: [0.01, 0.1, 0.3] }));
    const root = parseSvg(svg);
    for (const variant of [0, 1, 2]) {
      expect(root.querySelectorAll(`g.al-chart-f-${variant} path`)).toHaveLength(1);
      expect(root.querySelectorAll(`g.al-chart-df-${variant} path`)).toHaveLength(1);
    }
    expect(root.querySelectorAll("g[class^='al-chart-'][class*='f-'] path")).toHaveLength(6);
    expect(root.querySelectorAll(".al-chart-legend-item")).toHaveLength(6);
    // α = 0.3: f(−5) = −1.5 (α·x), the lowest point of the chart
    const data = activationData("leakyRelu", { params: [0.01, 0.1, 0.3] });
    const [x, y] = curve(svg, "al-chart-f-2", data)[0];
    expect(x).toBeCloseTo(-5, 2);
    expect(y).toBeCloseTo(-1.5, 2);
  });

  it("derivative: false draws f alone", () => {
    const root = parseSvg(renderSvg(activationChart("tanh", { derivative: false })));
    expect(root.querySelectorAll("g.al-chart-f-0 path")).toHaveLength(1);
    expect(root.querySelector("g.al-chart-df-0")).toBeNull();
  });

  it("has a title, axis labels, role=img, aria-label, aria-description, <title> and <desc>", () => {
    const chart = activationChart("sigmoid");
    const root = parseSvg(renderSvg(chart));
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe(chart.ariaLabel);
    expect(root.getAttribute("aria-description")).toBe(chart.ariaDescription);
    expect(root.querySelector("title")?.textContent).toBe(chart.ariaLabel);
    expect(root.querySelector("desc")?.textContent).toBe(chart.ariaDescription);
    expect(root.querySelector(".al-chart-title")?.textContent).toBe(chart.title);
    expect(root.querySelector(".al-chart-y-label")?.textContent).toBe("↑ f(x), f′(x)");
    expect(root.querySelector("[aria-label='x-axis label']")?.textContent).toContain("x");
  });

  it("describes what is plotted: the x range and each curve's extremes", () => {
    const chart = activationChart("sigmoid", { lang: "en" });
    expect(chart.ariaDescription).toContain("for x from −5 to 5");
    expect(chart.ariaDescription).toContain("f′(x): minimum 0.00665 at x = −5, maximum 0.25 at x = 0.");
  });

  it("labels in Korean by default and in English with lang: 'en'", () => {
    expect(activationChart("relu").title).toContain("함수와 도함수");
    expect(activationChart("relu", { lang: "en" }).title).toContain("and its derivative");
    expect(activationChart("relu", { title: "렐루 그래프 & <도함수>" }).title).toBe("렐루 그래프 & <도함수>");
    const svg = renderSvg(activationChart("relu", { title: "렐루 그래프 & <도함수>" }));
    expect(parseSvg(svg).querySelector(".al-chart-title")?.textContent).toBe("렐루 그래프 & <도함수>");
  });

  it("reads in light and dark themes: currentColor for text and axes, no white, series from the palette", () => {
    const svg = renderSvg(activationChart("sigmoid"));
    expect(parseSvg(svg).getAttribute("fill")).toBe("currentColor");
    expect(svg).not.toMatch(/:\s*white|"white"|#fff\b|#ffffff/i);
    expect(svg).toContain('stroke="var(--al-chart-series-1, #3b6fd8)"');
  });

  it("as a standalone image (the SVG is the root), follows the viewer's colour scheme", () => {
    const style = parseSvg(renderSvg(activationChart("sigmoid"))).querySelector("style")?.textContent;
    expect(style).toContain(
      ":root:where(.plot-d6a7b5) {\n  color-scheme: light dark;\n  color: CanvasText;\n  background: Canvas;\n}",
    );
  });

  it("renders the same bytes twice, with rounded coordinates and no counter-numbered ids", () => {
    const first = renderSvg(activationChart("swish", { params: [0.5, 1, 2] }));
    const second = renderSvg(activationChart("swish", { params: [0.5, 1, 2] }));
    expect(second).toBe(first);
    expect(first).not.toMatch(/plot-(clip|pattern|marker)-/);
    for (const d of first.matchAll(/ d="([^"]*)"/g)) expect(d[1]).not.toMatch(/\.\d{3}/);
    const clip = /<clipPath id="(al-[0-9a-f]{8}-1)"/.exec(first);
    expect(clip).not.toBeNull();
    expect(first).toContain(`clip-path="url(#${clip![1]})"`);
    // another chart gets other ids, so both can sit on one page
    expect(renderSvg(activationChart("swish"))).not.toContain(clip![1]);
  });

  it("idPrefix names the ids, for the same chart twice on one page", () => {
    const svg = renderSvg(activationChart("relu"), { idPrefix: "fig-2" });
    expect(svg).toContain('<clipPath id="fig-2-1"');
    expect(svg).toContain('clip-path="url(#fig-2-1)"');
    expect(() => renderSvg(activationChart("relu"), { idPrefix: "2 x" })).toThrow(
      'renderSvg: idPrefix must be a letter followed by letters, digits, _ or -, got "2 x"',
    );
    expect(() => renderSvg(activationChart("relu"), { digits: 9 })).toThrow(
      "renderSvg: digits must be an integer from 0 to 6, got 9",
    );
  });

  it("rejects bad options with the option's name and value", () => {
    expect(() => activationChart("leakyRelu", { params: [0.1, 2] })).toThrow(
      "activationChart: params[1] must be a number in [0, 1] (the alpha range of leakyRelu), got 2",
    );
    expect(() => activationChart("sigmoid", { params: [1] })).toThrow(
      "activationChart: params must be empty: sigmoid has no parameter, got [1]",
    );
    expect(() => activationChart("relu", { samples: 1 })).toThrow(
      "activationChart: samples must be an integer from 2 to 10001, got 1",
    );
    expect(() => activationChart("relu", { xDomain: [1, -1] })).toThrow(
      "activationChart: xDomain must be [lo, hi] with finite lo < hi, got [1, -1]",
    );
    expect(() => activationChart("relu", { lang: "fr" as "ko" })).toThrow(
      'activationChart: lang must be one of "ko", "en", got "fr"',
    );
    expect(() => activationChart("nope" as "relu")).toThrow(
      'activationChart: id must be an ActivationId, got "nope"',
    );
    expect(() => activationChart("relu", { title: "" })).toThrow(
      'activationChart: title must be a non-empty string, got ""',
    );
  });

  it("matches the SVG snapshot of sigmoid", async () => {
    await expect(roundNumbers(renderSvg(activationChart("sigmoid")))).toMatchFileSnapshot(
      "__snapshots__/activation-sigmoid.svg",
    );
  });

  it("matches the SVG snapshot of ELU with three α, in English", async () => {
    await expect(
      roundNumbers(renderSvg(activationChart("elu", { params: [0.5, 1, 2], lang: "en" }))),
    ).toMatchFileSnapshot("__snapshots__/activation-elu-en.svg");
  });
});
