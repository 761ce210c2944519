import { formatNumber } from "@activation-lab/core";
import * as Plot from "@observablehq/plot";
import type { Chart } from "./chart.js";
import type { ChartOptions } from "./chartOptions.js";
import { langs } from "./labels.js";
import { chartLayout } from "./layout.js";
import { finiteExtent } from "./sample.js";
import { seriesColor } from "./theme.js";
import * as check from "./validate.js";

/** The labelled points of a 2-D binary classification dataset. */
export interface LabelledPoints {
  /** First coordinate of each point. */
  readonly x: ArrayLike<number>;
  /** Second coordinate of each point. */
  readonly y: ArrayLike<number>;
  /** Class of each point: 0 or 1. */
  readonly label: ArrayLike<number>;
}

/** Options of {@link decisionBoundaryChart}. */
export interface DecisionBoundaryChartOptions extends ChartOptions {
  points: LabelledPoints;
  /** The model: the probability (or score) of class 1 at (x, y). */
  predict: (x: number, y: number) => number;
  /** The decision threshold on predict's output. Default 0.5. */
  threshold?: number | undefined;
  /** Grid cells per axis where predict is evaluated, from 4 to 400. Default 80. */
  resolution?: number | undefined;
  /** x range; default: the points' extent with a 10% margin. */
  xDomain?: readonly [number, number] | undefined;
  /** y range; default: the points' extent with a 10% margin. */
  yDomain?: readonly [number, number] | undefined;
  /** Names of class 0 and class 1 in the legend. Default "클래스 0"/"클래스 1" ("Class 0"/"Class 1"). */
  classLabels?: readonly [string, string] | undefined;
}

const texts = {
  ko: { title: "결정 경계", classes: ["클래스 0", "클래스 1"] as const },
  en: { title: "Decision boundary", classes: ["Class 0", "Class 1"] as const },
};

/**
 * A binary classifier's decision regions on a 2-D dataset: predict is evaluated on a grid, the
 * region where it reaches the threshold is shaded in class 1's colour (the rest in class 0's),
 * the boundary is drawn as a line, and the points on top, class 0 as circles and class 1 as
 * triangles.
 *
 * @example decisionBoundaryChart({ points: { x: [-1, 1], y: [0, 0], label: [0, 1] }, predict: (x) => (x > 0 ? 1 : 0) }).kind // => "decisionBoundary"
 */
export function decisionBoundaryChart(options: DecisionBoundaryChartOptions): Chart {
  const fn = "decisionBoundaryChart";
  check.object(fn, "options", options);
  const lang = check.oneOf(fn, "lang", options.lang ?? "ko", langs);
  const t = texts[lang];
  const { points, predict } = options;
  if (typeof predict !== "function") check.fail(fn, "predict", "a function (x, y) => number", predict);
  check.object(fn, "points", points, "{ x, y, label }");
  const n = points.x?.length;
  if (typeof n !== "number" || n === 0) check.fail(fn, "points.x", "a non-empty array of numbers", points.x);
  if (points.y?.length !== n) check.fail(fn, "points.y", `an array as long as points.x (${n})`, points.y);
  if (points.label?.length !== n)
    check.fail(fn, "points.label", `an array as long as points.x (${n})`, points.label);
  for (let i = 0; i < n; i++) {
    if (points.label[i] !== 0 && points.label[i] !== 1) {
      check.fail(fn, `points.label[${i}]`, "0 or 1", points.label[i]);
    }
  }
  const threshold = check.finite(fn, "threshold", options.threshold ?? 0.5);
  const resolution = check.integer(fn, "resolution", options.resolution ?? 80, 4, 400);
  const classLabels = options.classLabels ?? t.classes;
  if (!Array.isArray(classLabels) || classLabels.length !== 2)
    check.fail(fn, "classLabels", "two names [class 0, class 1]", classLabels, !Array.isArray(classLabels));
  for (const [i, label] of classLabels.entries()) check.text(fn, `classLabels[${i}]`, label);
  const xDomain =
    options.xDomain === undefined
      ? check.fitted(fn, "points.x", padded(points.x), points.x)
      : check.domain(fn, "xDomain", options.xDomain);
  const yDomain =
    options.yDomain === undefined
      ? check.fitted(fn, "points.y", padded(points.y), points.y)
      : check.domain(fn, "yDomain", options.yDomain);

  // predict at cell centres, with one extra ring of cells outside the frame on every side: the
  // region's outline runs along the grid's edge there, where the frame's clip hides it, so only
  // the boundary itself is stroked.
  const cells = resolution + 2;
  const dx = (xDomain[1] - xDomain[0]) / resolution;
  const dy = (yDomain[1] - yDomain[0]) / resolution;
  const grid = new Float64Array(cells * cells);
  for (let j = 0; j < cells; j++) {
    for (let i = 0; i < cells; i++) {
      grid[j * cells + i] = predict(xDomain[0] + (i - 0.5) * dx, yDomain[0] + (j - 0.5) * dy);
    }
  }
  const gridBounds = {
    width: cells,
    height: cells,
    x1: xDomain[0] - dx,
    x2: xDomain[1] + dx,
    y1: yDomain[0] - dy,
    y2: yDomain[1] + dy,
  };
  const colors = [seriesColor(0), seriesColor(1)];
  const byClass = [0, 1].map((c) =>
    Array.from({ length: n }, (_, i) => i).filter((i) => points.label[i] === c),
  );
  const marks: Plot.Markish[] = [
    Plot.frame({ fill: colors[0], fillOpacity: 0.15 }),
    Plot.contour(grid, {
      ...gridBounds,
      thresholds: [threshold],
      fill: colors[1],
      fillOpacity: 0.2,
      clip: true,
    }),
    Plot.contour(grid, {
      ...gridBounds,
      thresholds: [threshold],
      fill: "none",
      stroke: "currentColor",
      strokeWidth: 1.5,
      className: "al-chart-boundary",
      clip: true,
    }),
    ...byClass.map((index, c) =>
      Plot.dot(index, {
        x: (i: number) => points.x[i],
        y: (i: number) => points.y[i],
        symbol: c === 0 ? "circle" : "triangle",
        fill: colors[c],
        stroke: "currentColor",
        strokeWidth: 0.5,
        r: 3.5,
        className: `al-chart-class-${c}`,
        clip: true,
      }),
    ),
    Plot.frame({ stroke: "currentColor", strokeOpacity: 0.5 }),
  ];

  let correct = 0;
  for (let i = 0; i < n; i++)
    if ((predict(points.x[i], points.y[i]) >= threshold ? 1 : 0) === points.label[i]) correct++;
  const accuracy = formatNumber((100 * correct) / n);
  const title = options.title === undefined ? t.title : check.text(fn, "title", options.title);
  const xLabel = options.xLabel === undefined ? "x₁" : check.text(fn, "xLabel", options.xLabel);
  const yLabel = options.yLabel === undefined ? "x₂" : check.text(fn, "yLabel", options.yLabel);
  const range = (d: [number, number]) => `${formatNumber(d[0])}–${formatNumber(d[1])}`;
  const description =
    lang === "ko"
      ? `${xLabel} ${range(xDomain)}, ${yLabel} ${range(yDomain)} 평면에서 모델 출력이 ${formatNumber(threshold)} 이상인 영역(${classLabels[1]})과 나머지(${classLabels[0]}), 그 경계선. 점 ${n}개: ${classLabels[0]} ${byClass[0].length}개(원), ${classLabels[1]} ${byClass[1].length}개(삼각형). 모델이 점의 ${accuracy}%를 맞게 분류한다.`
      : `Regions of the plane ${xLabel} ${range(xDomain)}, ${yLabel} ${range(yDomain)} where the model's output reaches ${formatNumber(threshold)} (${classLabels[1]}) or not (${classLabels[0]}), and the boundary between them. ${n} points: ${byClass[0].length} of ${classLabels[0]} (circles), ${byClass[1].length} of ${classLabels[1]} (triangles). The model classifies ${accuracy}% of the points correctly.`;
  const legend = [0, 1].map((c) => ({ label: classLabels[c], color: colors[c], swatch: "square" as const }));
  return {
    kind: "decisionBoundary",
    title,
    xLabel,
    yLabel,
    ariaLabel: title,
    ariaDescription: description,
    legend,
    layout: chartLayout({ legend, ...check.size(fn, options) }),
    x: { type: "linear", domain: xDomain, nice: false },
    y: { type: "linear", domain: yDomain, nice: false },
    marks,
    lang,
  };
}

/** The finite extent of values, widened by 10% on each side. */
function padded(values: ArrayLike<number>): [number, number] {
  const [lo, hi] = finiteExtent([values]) ?? [0, 1];
  const pad = lo === hi ? 1 : (hi - lo) * 0.1;
  return [lo - pad, hi + pad];
}
