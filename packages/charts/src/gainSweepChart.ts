import type { Chart } from "./chart.js";
import type { ChartOptions } from "./chartOptions.js";
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
export interface GainSweepChartOptions extends ChartOptions {
  series: readonly GainSweepChartSeries[];
  /** Layers between h₀ and the last hidden layer, for the default labels. Default 10. */
  depth?: number | undefined;
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
  check.object(fn, "options", options);
  const depth = check.integer(fn, "depth", options.depth ?? 10, 1, 1000);
  const ko = check.oneOf(fn, "lang", options.lang ?? "ko", ["ko", "en"] as const) === "ko";
  if (!check.isArray(options.series) || options.series.length === 0) {
    check.fail(fn, "series", "an array of 1 to 16 series", options.series);
  }
  // a log x axis: every gain a positive finite number (the ratios are checked as y by the line chart)
  const gains = options.series.flatMap((s, i) => {
    check.object(fn, `series[${i}]`, s, "{ label, gains, ratio }");
    const values = Array.from(check.arrayLike(fn, `series[${i}].gains`, s.gains, 1), Number);
    if (values.some((g) => !(g > 0 && Number.isFinite(g)))) {
      check.fail(fn, `series[${i}].gains`, "an array of positive finite numbers", s.gains);
    }
    return values;
  });
  const chart = buildLineChart(fn, "gainSweep", {
    series: options.series.map((s) => ({ label: s.label, x: s.gains, y: s.ratio })),
    title:
      options.title ??
      (ko
        ? `초기화 gain에 따라 ${depth}층 뒤 남는 기울기`
        : `Gradient left after ${depth} layers, by init gain`),
    xLabel:
      options.xLabel ??
      (ko ? "초기화 gain g (가중치 ~ N(0, g²/fan_in))" : "Init gain g (weights ~ N(0, g²/fan_in))"),
    yLabel: options.yLabel ?? `‖∂L/∂h₀‖ / ‖∂L/∂h${depth}‖`,
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
  // a log axis needs a width: one gain alone is drawn over [g/2, 2g]
  const domain: [number, number] = lo < hi ? [lo, hi] : [lo / 2, hi * 2];
  return { ...chart, x: { type: "log", domain, ticks, tickFormat: "~g" } };
}
