import type { Chart } from "./chart.js";
import type { Lang } from "./labels.js";
import { buildLineChart } from "./lineChart.js";
import * as check from "./validate.js";

/** One activation's sweep: the init gains and the gradient ratio at each. */
export interface GainSweepChartSeries {
  readonly label: string;
  /** Init gains g (weights N(0, g²/fanIn)), increasing. */
  readonly gains: readonly number[];
  /** ‖∂L/∂h₀‖ / ‖∂L/∂h_depth‖ at each gain (e.g. the geometric mean over seeds). */
  readonly ratio: readonly number[];
}

/** Options of {@link gainSweepChart}. */
export interface GainSweepChartOptions {
  series: readonly GainSweepChartSeries[];
  /** Layers between h₀ and the last hidden layer, for the default labels. Default 10. */
  depth?: number | undefined;
  title?: string | undefined;
  lang?: Lang | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

/**
 * The gain sweep: how much of the gradient at the last hidden layer survives to the input of a
 * deep MLP, against the initialisation gain, both axes logarithmic. A ratio of 1 means the
 * gradient arrives intact; each activation's curve crosses 1 at the gain that suits it.
 *
 * @example gainSweepChart({ series: [{ label: "tanh", gains: [0.5, 1, 2], ratio: [1e-3, 0.3, 4] }] }).x.type // => "log"
 */
export function gainSweepChart(options: GainSweepChartOptions): Chart {
  const fn = "gainSweepChart";
  if (options === null || typeof options !== "object") check.fail(fn, "options", "an object", options);
  const depth = options.depth ?? 10;
  const ko = (options.lang ?? "ko") === "ko";
  if (!check.isArray(options.series)) check.fail(fn, "series", "an array of series", options.series);
  const gains = options.series.flatMap((s, i) => {
    if (!check.isArray(s.gains) || s.gains.some((g) => !(g > 0))) {
      check.fail(fn, `series[${i}].gains`, "an array of positive numbers", s.gains);
    }
    return [...s.gains];
  });
  const chart = buildLineChart(fn, "gainSweep", {
    series: options.series.map((s) => ({ label: s.label, x: s.gains, y: s.ratio })),
    title:
      options.title ??
      (ko
        ? `초기화 gain에 따라 ${depth}층 뒤 남는 기울기`
        : `Gradient left after ${depth} layers, by init gain`),
    xLabel: ko ? "초기화 gain g (가중치 ~ N(0, g²/fan_in))" : "Init gain g (weights ~ N(0, g²/fan_in))",
    yLabel: ko ? `‖∂L/∂h₀‖ / ‖∂L/∂h${depth}‖` : `‖∂L/∂h₀‖ / ‖∂L/∂h${depth}‖`,
    yType: "log",
    dots: true,
    xName: "gain",
    lang: options.lang,
    width: options.width,
    height: options.height,
  });
  const lo = Math.min(...gains);
  const hi = Math.max(...gains);
  const ticks: number[] = [];
  for (let t = 2 ** Math.ceil(Math.log2(lo)); t <= hi; t *= 2) ticks.push(t);
  return { ...chart, x: { type: "log", domain: [lo, hi], ticks, tickFormat: "~g" } };
}
