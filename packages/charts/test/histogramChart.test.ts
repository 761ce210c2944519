import { describe, expect, it } from "vitest";
import { histogramChart } from "../src/histogramChart.js";
import { renderSvg } from "../src/renderSvg.js";
import { parseSvg, roundNumbers, tickAt, tickLabels } from "./svg.js";

/** The top edge (pixel y) of every bar of series i. */
function barTops(root: SVGSVGElement, i: number): number[] {
  return [...root.querySelectorAll(`g.al-chart-series-${i} rect`)].map((r) => Number(r.getAttribute("y")));
}

describe("histogramChart", () => {
  it("counts values into equal bins: each bar's top sits on the y tick of its count", () => {
    // bins [0, 0.5) and [0.5, 1]: 3 and 1 values; 1 lies on the last edge and counts in the last bin
    const root = parseSvg(
      renderSvg(
        histogramChart({ series: [{ label: "a", values: [0.1, 0.2, 0.3, 1] }], bins: 2, domain: [0, 1] }),
      ),
    );
    const [first, second] = barTops(root, 0);
    expect(first).toBeCloseTo(tickAt(root, "y", "3"), 1);
    expect(second).toBeCloseTo(tickAt(root, "y", "1"), 1);
  });

  it("counts get whole-number ticks", () => {
    const root = parseSvg(
      renderSvg(histogramChart({ series: [{ label: "a", values: [0.1, 0.2, 0.3, 1] }], bins: 2 })),
    );
    expect(tickLabels(root, "y")).toEqual(["0", "1", "2", "3"]);
  });

  it("normalize: true plots each bin's share of its series, values outside the domain included in n", () => {
    const chart = histogramChart({
      series: [{ label: "a", values: [0.1, 0.2, 0.6, 0.9, 5] }],
      bins: 2,
      domain: [0, 1],
      normalize: true,
      lang: "en",
    });
    const root = parseSvg(renderSvg(chart));
    for (const top of barTops(root, 0)) expect(top).toBeCloseTo(tickAt(root, "y", "0.40"), 1);
    expect(chart.yLabel).toBe("Share");
    expect(chart.ariaDescription).toContain("a: 5 values, mean 1.36");
    expect(chart.ariaDescription).toContain("1 outside the range");
  });

  it("draws several series on shared bins, each with bars and an outline, NaN ignored", () => {
    const root = parseSvg(
      renderSvg(
        histogramChart({
          series: [
            { label: "sigmoid", values: [0.2, 0.4, 0.6, Number.NaN] },
            { label: "tanh", values: new Float32Array([-0.5, 0, 0.5]) },
          ],
          bins: 4,
        }),
      ),
    );
    expect(root.querySelectorAll("g.al-chart-series-0 rect")).toHaveLength(4);
    expect(root.querySelectorAll("g.al-chart-series-1 rect")).toHaveLength(4);
    expect(root.querySelectorAll("g.al-chart-series-1-outline path")).toHaveLength(1);
    expect(root.querySelectorAll(".al-chart-legend-item rect")).toHaveLength(2);
  });

  it("rejects bad bins, domain and series", () => {
    expect(() => histogramChart({ series: [{ label: "a", values: [1] }], bins: 0 })).toThrow(
      "histogramChart: bins must be an integer from 1 to 400, got 0",
    );
    expect(() => histogramChart({ series: [{ label: "a", values: [1] }], domain: [1, 1] })).toThrow(
      "histogramChart: domain must be [lo, hi] with finite lo < hi, got [1, 1]",
    );
    expect(() => histogramChart({ series: [{ label: "a", values: 3 as unknown as number[] }] })).toThrow(
      "histogramChart: series[0].values must be an array of numbers, got 3",
    );
  });

  it("matches the SVG snapshot", async () => {
    const values = (f: (t: number) => number) => Array.from({ length: 200 }, (_, i) => f(-3 + (6 * i) / 199));
    const chart = histogramChart({
      series: [
        { label: "sigmoid", values: values((t) => 1 / (1 + Math.exp(-t))) },
        { label: "tanh", values: values(Math.tanh) },
      ],
      bins: 20,
    });
    await expect(roundNumbers(renderSvg(chart))).toMatchFileSnapshot("__snapshots__/histogram.svg");
  });
});
