import { type ActivationsDataOptions, describeActivations, sampleActivations } from "./activationsData.js";
import type { Chart } from "./chart.js";
import type { ChartTextOptions } from "./chartOptions.js";
import { curveMarks } from "./curveMarks.js";
import * as check from "./validate.js";

/**
 * Options of {@link activationsChart}: the sampling options, and the texts to override (default
 * title "활성화 함수 비교" / "Activation functions compared", or "…의 도함수" / "derivatives").
 */
export interface ActivationsChartOptions extends ActivationsDataOptions, ChartTextOptions {}

const texts = {
  ko: { f: "활성화 함수 비교", df: "활성화 함수의 도함수 비교", both: "활성화 함수와 도함수 비교" },
  en: {
    f: "Activation functions compared",
    df: "Derivatives compared",
    both: "Activations and derivatives compared",
  },
};

/**
 * Several activations overlaid on one chart (the post's final figure), optionally with or as
 * their derivatives. Each activation keeps its colour from its place in the registry.
 *
 * @example activationsChart({ ids: ["sigmoid", "tanh", "relu"], lang: "en" }).title // => "Activation functions compared"
 */
export function activationsChart(options: ActivationsChartOptions = {}): Chart {
  const fn = "activationsChart";
  const data = sampleActivations(fn, options);
  const which = options.which ?? "f";
  const title =
    options.title === undefined ? texts[data.lang][which] : check.text(fn, "title", options.title);
  const yDefault = which === "f" ? "f(x)" : which === "df" ? "f′(x)" : "f(x), f′(x)";
  const marks = curveMarks(data);
  return {
    kind: "activations",
    title,
    xLabel: options.xLabel === undefined ? "x" : check.text(fn, "xLabel", options.xLabel),
    yLabel: options.yLabel === undefined ? yDefault : check.text(fn, "yLabel", options.yLabel),
    ariaLabel: title,
    ariaDescription: describeActivations(data),
    legend: data.legend,
    layout: data.layout,
    x: { type: "linear", domain: data.xDomain, nice: false },
    y: { type: "linear", domain: data.yDomain, nice: false },
    marks,
    lang: data.lang,
  };
}
