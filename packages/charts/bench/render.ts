// Rendering cost and size of each chart, against bare Plot.plot + outerHTML in the same run (the
// baseline: what renderSvg adds is the header, rounding, stable ids and theme style).
// Run: pnpm --filter @activation-lab/charts run bench (after pnpm build).
import { gzipSync } from "node:zlib";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import {
  activationChart,
  activationsChart,
  type Chart,
  decisionBoundaryChart,
  gradientNormChart,
  histogramChart,
  lossChart,
  renderSvg,
} from "../dist/index.js";

const wave = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
const cases: Record<string, () => Chart> = {
  "activationChart sigmoid": () => activationChart("sigmoid"),
  "activationChart swish ×3 β": () => activationChart("swish", { params: [0.5, 1, 2] }),
  "activationsChart all 11": () => activationsChart(),
  "lossChart 2 × 200 epochs": () =>
    lossChart({
      series: [
        { label: "a", y: wave(200, (i) => 1 / (i + 1)) },
        { label: "b", y: wave(200, (i) => 2 / (i + 2)) },
      ],
    }),
  "gradientNormChart 2 × 20": () =>
    gradientNormChart({
      series: [
        { label: "a", y: wave(20, (i) => 4 ** -i) },
        { label: "b", y: wave(20, () => 0.5) },
      ],
    }),
  "histogramChart 2 × 10k": () =>
    histogramChart({
      series: [
        { label: "a", values: wave(1e4, Math.sin) },
        { label: "b", values: wave(1e4, Math.cos) },
      ],
    }),
  "decisionBoundaryChart 80²": () =>
    decisionBoundaryChart({
      points: { x: [-1, 1, 0.5], y: [0, 0, 1], label: [0, 1, 1] },
      predict: (x, y) => 1 / (1 + Math.exp(-3 * (x + y * y - 0.3))),
    }),
};

function barePlot(chart: Chart): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const { layout } = chart;
  return (
    Plot.plot({
      document,
      ...layout,
      x: { ...chart.x },
      y: { ...chart.y },
      marks: [...chart.marks],
    }) as unknown as Element
  ).outerHTML;
}

function timeMs(run: () => unknown, repeats: number): number {
  run();
  const start = performance.now();
  for (let i = 0; i < repeats; i++) run();
  return (performance.now() - start) / repeats;
}

console.log("chart".padEnd(28), "renderSvg ms", "Plot.plot ms", "ratio", "KB", "gzip KB", "bare KB");
for (const [name, make] of Object.entries(cases)) {
  const chart = make();
  const svg = renderSvg(chart);
  const bare = barePlot(chart);
  const ours = timeMs(() => renderSvg(chart), 20);
  const base = timeMs(() => barePlot(chart), 20);
  console.log(
    name.padEnd(28),
    ours.toFixed(1).padStart(12),
    base.toFixed(1).padStart(12),
    (ours / base).toFixed(2).padStart(5),
    (svg.length / 1024).toFixed(1).padStart(4),
    (gzipSync(svg).length / 1024).toFixed(1).padStart(7),
    (bare.length / 1024).toFixed(1).padStart(7),
  );
}
