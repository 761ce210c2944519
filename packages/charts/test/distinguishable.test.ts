// Every chart's series can be told apart: no two share both colour and dash pattern, and the
// legend shows exactly the series' styles (checked on the rendered SVG, as a reader sees it).
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  activationChart,
  activationsChart,
  type Chart,
  gainSweepChart,
  gradientNormChart,
  lineChart,
  lossChart,
  renderSvg,
} from "../src/index.js";

function styles(chart: Chart): { series: string[]; legend: string[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${renderSvg(chart)}</body></html>`);
  const key = (el: Element) =>
    `${el.getAttribute("stroke")} ${el.getAttribute("stroke-dasharray") ?? "solid"}`;
  const series = [...document.querySelectorAll("g[stroke][class^='al-chart-']")]
    .filter((g) => !g.getAttribute("class")!.endsWith("-dots"))
    .map(key);
  const legend = [...document.querySelectorAll("line[x2='20']")].map(key);
  return { series, legend };
}

const ramp = (n: number) => Array.from({ length: 5 }, (_, i) => (n + 1) * (i + 1));
const charts: Record<string, () => Chart> = {
  "activationChart with three α and their derivatives": () => activationChart("elu", { params: [0.5, 1, 2] }),
  "activationsChart of every activation, f and f′": () => activationsChart({ which: "both" }),
  "activationsChart of notebook 06's derivatives": () =>
    activationsChart({ ids: ["sigmoid", "swish", "relu"], which: "df" }),
  "lineChart with 16 series": () =>
    lineChart({
      series: Array.from({ length: 16 }, (_, i) => ({ label: `s${i}`, y: ramp(i) })),
      title: "t",
      xLabel: "x",
      yLabel: "y",
    }),
  "lossChart with four runs": () =>
    lossChart({ series: ["a", "b", "c", "d"].map((label, i) => ({ label, y: ramp(i) })) }),
  "gradientNormChart with five activations": () =>
    gradientNormChart({ series: ["a", "b", "c", "d", "e"].map((label, i) => ({ label, y: ramp(i) })) }),
  "gainSweepChart with five activations": () =>
    gainSweepChart({
      series: ["sigmoid", "tanh", "relu", "swish", "gelu"].map((label, i) => ({
        label,
        gains: [0.5, 1, 2, 4],
        ratio: ramp(i).slice(0, 4),
      })),
    }),
};

describe("chart series are distinguishable", () => {
  it.each(Object.keys(charts))("%s: no two series share colour and dash, and the legend matches", (name) => {
    const { series, legend } = styles(charts[name]());
    expect(series.length).toBeGreaterThan(1);
    expect(new Set(series).size, `repeated styles in ${series.join(", ")}`).toBe(series.length);
    expect([...legend].sort()).toEqual([...series].sort());
  });
});
