import type { ActivationId } from "@activation-lab/core";
import { formatNumber } from "@activation-lab/core";
import { type ActivationDataOptions, describeActivation, sampleActivation } from "./activationData.js";
import type { Chart } from "./chart.js";
import type { ChartTextOptions } from "./chartOptions.js";
import { curveMarks } from "./curveMarks.js";
import * as check from "./validate.js";

/**
 * Options of {@link activationChart}: the sampling options, and the texts to override (default
 * title "<name>: 함수와 도함수" or "<name> and its derivative", x label "x", y label
 * "f(x), f′(x)", or "f(x)" without the derivative).
 */
export interface ActivationChartOptions extends ActivationDataOptions, ChartTextOptions {}

/**
 * An activation f and its derivative f′ over x, one pair of curves per parameter variant
 * (several α or β), sampled from the registry of `@activation-lab/core`. The x = 0 and y = 0
 * axes are drawn as faint rules.
 *
 * @example renderSvg(activationChart("leakyRelu", { params: [0.01, 0.1, 0.3] }))
 * @example activationChart("sigmoid", { lang: "en" }).title // => "Sigmoid and its derivative"
 */
export function activationChart(id: ActivationId, options: ActivationChartOptions = {}): Chart {
  const fn = "activationChart";
  const data = sampleActivation(fn, id, options);
  options = check.options(fn, options);
  const withDerivative = options.derivative ?? true;
  const paramNote =
    data.param && data.series.every((s) => s.param === data.series[0].param)
      ? ` (${data.param.symbol} = ${formatNumber(data.series[0].param as number)})`
      : "";
  const name = `${data.name}${paramNote}`;
  const ko = data.lang === "ko";
  const title =
    options.title === undefined
      ? withDerivative
        ? ko
          ? `${name}: 함수와 도함수`
          : `${name} and its derivative`
        : name
      : check.text(fn, "title", options.title);
  const xLabel = options.xLabel === undefined ? "x" : check.text(fn, "xLabel", options.xLabel);
  const yLabel =
    options.yLabel === undefined
      ? withDerivative
        ? "f(x), f′(x)"
        : "f(x)"
      : check.text(fn, "yLabel", options.yLabel);

  const marks = curveMarks(data);
  return {
    kind: "activation",
    title,
    xLabel,
    yLabel,
    ariaLabel: ko
      ? `${name} ${withDerivative ? "함수와 도함수 " : ""}그래프`
      : `Chart of ${name}${withDerivative ? " and its derivative" : ""}`,
    ariaDescription: describeActivation(data),
    legend: data.legend,
    layout: data.layout,
    x: { type: "linear", domain: data.xDomain, nice: false },
    y: { type: "linear", domain: data.yDomain, nice: false },
    marks,
    lang: data.lang,
  };
}
