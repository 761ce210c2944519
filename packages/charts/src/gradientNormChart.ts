import type { Chart } from "./chart.js";
import type { ChartOptions } from "./chartOptions.js";
import { buildLineChart, type LineSeries } from "./lineChart.js";
import * as check from "./validate.js";

/** Options of {@link gradientNormChart}. */
export interface GradientNormChartOptions extends ChartOptions {
  /** One line per network or activation: the gradient norm of each layer (or of each step). */
  series: readonly LineSeries[];
  /** What x counts: "depth" (layer 1 = next to the input; default) or "step" of training. */
  over?: "depth" | "step" | undefined;
  /** Logarithmic y axis. Default true: vanishing gradients shrink geometrically with depth. */
  log?: boolean | undefined;
  /** Mark each value with a dot. Default true over depth, false over steps. */
  dots?: boolean | undefined;
}

const texts = {
  ko: {
    depth: { title: "층별 기울기 노름", x: "층 (1 = 입력 쪽)", name: "층" },
    step: { title: "학습 중 기울기 노름", x: "스텝", name: "스텝" },
    y: "기울기 노름",
  },
  en: {
    depth: { title: "Gradient norm per layer", x: "Layer (1 = input side)", name: "layer" },
    step: { title: "Gradient norm during training", x: "Step", name: "step" },
    y: "Gradient norm",
  },
};

/**
 * Gradient norms per layer (over depth) or over training steps, on a log scale by default, where
 * a vanishing gradient is a straight line going down.
 *
 * @example gradientNormChart({ series: [{ label: "sigmoid", y: [1e-1, 2.5e-2, 6e-3] }] }).title // => "층별 기울기 노름"
 */
export function gradientNormChart(options: GradientNormChartOptions): Chart {
  check.object("gradientNormChart", "options", options);
  const lang = options.lang ?? "ko";
  const t = texts[lang] ?? texts.ko;
  const over = check.oneOf("gradientNormChart", "over", options.over ?? "depth", ["depth", "step"] as const);
  const o = over === "step" ? t.step : t.depth;
  return buildLineChart("gradientNormChart", "gradientNorm", {
    series: options.series,
    title: options.title ?? o.title,
    xLabel: options.xLabel ?? o.x,
    yLabel: options.yLabel ?? t.y,
    yType: check.boolean("gradientNormChart", "log", options.log ?? true) ? "log" : "linear",
    xStart: over === "step" ? 0 : 1,
    dots: options.dots ?? over === "depth",
    xName: o.name,
    lang: options.lang,
    width: options.width,
    height: options.height,
  });
}
