import type { Chart } from "./chart.js";
import type { ChartOptions } from "./chartOptions.js";
import { buildLineChart, type LineSeries } from "./lineChart.js";
import * as check from "./validate.js";

/** Options of {@link lossChart}. */
export interface LossChartOptions extends ChartOptions {
  /** One loss curve per run or model, e.g. `{ label: "ReLU", y: losses }`. */
  series: readonly LineSeries[];
  /** What x counts: "epoch" (default) or "step". */
  over?: "epoch" | "step" | undefined;
  /** Logarithmic y axis. Default false. */
  log?: boolean | undefined;
  /** The x of the first loss of a series without `x`. Default 1 for epochs, 0 for steps. */
  xStart?: number | undefined;
}

const texts = {
  ko: { title: "손실 곡선", epoch: "에폭", step: "스텝", y: "손실" },
  en: { title: "Loss curves", epoch: "Epoch", step: "Step", y: "Loss" },
};

/**
 * Training loss of several runs over epochs or steps, optionally on a log scale.
 *
 * @example lossChart({ series: [{ label: "ReLU", y: [0.7, 0.4, 0.2] }, { label: "GELU", y: [0.7, 0.3, 0.1] }] }).title // => "손실 곡선"
 */
export function lossChart(options: LossChartOptions): Chart {
  check.object("lossChart", "options", options);
  const lang = options.lang ?? "ko";
  const t = texts[lang] ?? texts.ko;
  const over = check.oneOf("lossChart", "over", options.over ?? "epoch", ["epoch", "step"] as const);
  const xLabel = options.xLabel ?? (over === "step" ? t.step : t.epoch);
  return buildLineChart("lossChart", "loss", {
    series: options.series,
    title: options.title ?? t.title,
    xLabel,
    yLabel: options.yLabel ?? t.y,
    yType: check.boolean("lossChart", "log", options.log ?? false) ? "log" : "linear",
    xStart: options.xStart ?? (over === "step" ? 0 : 1),
    xName: xLabel,
    lang: options.lang,
    width: options.width,
    height: options.height,
  });
}
