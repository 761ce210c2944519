import { formatNumber } from "@activation-lab/core";
import * as Plot from "@observablehq/plot";
import type { Chart } from "./chart.js";
import type { ChartBaseOptions } from "./chartOptions.js";
import { describeSeries } from "./describeSeries.js";
import { langs } from "./labels.js";
import { chartLayout } from "./layout.js";
import { logTickFormat } from "./logTickFormat.js";
import { niceDomain } from "./niceDomain.js";
import { finiteExtent } from "./sample.js";
import { seriesColor, seriesDash } from "./theme.js";
import * as check from "./validate.js";

/** One line of a line chart: y values, and x values (default xStart, xStart + 1, …). */
export interface LineSeries {
  readonly label: string;
  readonly y: ArrayLike<number>;
  readonly x?: ArrayLike<number> | undefined;
}

/** Options of {@link lineChart}. */
export interface LineChartOptions extends ChartBaseOptions {
  /** The lines, 1 to 16; each gets a palette colour, and a dash past the palette's eight. */
  series: readonly LineSeries[];
  title: string;
  xLabel: string;
  yLabel: string;
  /** "log" for a logarithmic y axis; non-positive values then leave a gap. Default "linear". */
  yType?: "linear" | "log" | undefined;
  /** Fixed x range; default: fitted to the data. */
  xDomain?: readonly [number, number] | undefined;
  /** Fixed y range; default: fitted to the data. */
  yDomain?: readonly [number, number] | undefined;
  /** The x of the first value of a series without `x`. Default 0. */
  xStart?: number | undefined;
  /** Mark every data point with a dot (for short series, e.g. over layers). Default false. */
  dots?: boolean | undefined;
  /** The name of x in the description ("step", "층"). Default "x". */
  xName?: string | undefined;
  /** Short accessible name; default: the title. */
  ariaLabel?: string | undefined;
}

/**
 * A generic line chart: several series over a shared x, optionally on a log y scale. The loss
 * and gradient-norm charts are line charts with their own defaults.
 *
 * @example lineChart({ title: "손실", xLabel: "에폭", yLabel: "손실", series: [{ label: "ReLU", y: [1, 0.5, 0.2] }] }).kind // => "line"
 */
export function lineChart(options: LineChartOptions): Chart {
  return buildLineChart("lineChart", "line", options);
}

/** {@link lineChart} with errors naming `fn` and the result's `kind`. */
export function buildLineChart(fn: string, kind: string, options: LineChartOptions): Chart {
  check.object(fn, "options", options);
  const lang = check.oneOf(fn, "lang", options.lang ?? "ko", langs);
  const title = check.text(fn, "title", options.title);
  const xLabel = check.text(fn, "xLabel", options.xLabel);
  const yLabel = check.text(fn, "yLabel", options.yLabel);
  const yType = check.oneOf(fn, "yType", options.yType ?? "linear", ["linear", "log"] as const);
  const xStart = check.finite(fn, "xStart", options.xStart ?? 0);
  const xName = options.xName === undefined ? "x" : check.text(fn, "xName", options.xName);
  const dots = check.boolean(fn, "dots", options.dots ?? false);
  if (!check.isArray(options.series) || options.series.length === 0 || options.series.length > 16) {
    check.fail(fn, "series", "an array of 1 to 16 series", options.series);
  }
  const series = options.series.map((s, i) => {
    check.object(fn, `series[${i}]`, s, "{ label, y, x? }");
    const label = check.text(fn, `series[${i}].label`, s.label);
    const n = check.arrayLike(fn, `series[${i}].y`, s.y, 1).length;
    if (s.x !== undefined && check.arrayLike(fn, `series[${i}].x`, s.x).length !== n) {
      check.fail(fn, `series[${i}].x`, `an array as long as series[${i}].y (${n})`, s.x);
    }
    const x = Float64Array.from({ length: n }, (_, j) => (s.x === undefined ? xStart + j : Number(s.x[j])));
    // A log scale has no place for 0 or negatives: leave a gap there rather than a broken path.
    const y = Float64Array.from({ length: n }, (_, j) => {
      const v = Number(s.y[j]);
      return yType === "log" && !(v > 0) ? Number.NaN : v;
    });
    return { label, x, y, color: seriesColor(i), dash: seriesDash(i), className: `al-chart-series-${i}` };
  });

  const marks: Plot.Markish[] = series.flatMap((s) => {
    const line = Plot.lineY(s.y, {
      x: s.x,
      stroke: s.color,
      strokeWidth: 2,
      strokeDasharray: s.dash,
      className: s.className,
      clip: true,
    });
    return dots
      ? [line, Plot.dotY(s.y, { x: s.x, fill: s.color, r: 3, className: `${s.className}-dots`, clip: true })]
      : [line];
  });
  if (yType === "linear") marks.unshift(Plot.ruleY([0], { stroke: "currentColor", strokeOpacity: 0.35 }));

  // Whole-number x (epochs, layers) gets whole-number ticks: no "1.5 layers".
  const xExtent = finiteExtent(series.map((s) => s.x)) ?? [0, 1];
  // Plot fits the axes to the data: they must be drawable (the extents widened a little, as Plot's nice does)
  const yExtent = finiteExtent(series.map((s) => s.y)) ?? [0, 1];
  for (const [axis, [lo, hi]] of [
    ["x", xExtent],
    ["y", yExtent],
  ] as const) {
    if (options[`${axis}Domain`] === undefined)
      check.fitted(fn, "series", niceDomain([lo, hi]), options.series);
  }
  const wholeX = series.every((s) => s.x.every(Number.isInteger));
  const intro =
    lang === "ko"
      ? `${series.length}개 계열의 선 그래프${yType === "log" ? " (y축 로그 눈금)" : ""}: ${yLabel} 대 ${xLabel}.`
      : `Line chart of ${series.length} series${yType === "log" ? " on a log y scale" : ""}: ${yLabel} against ${xLabel}.`;
  const sentences = series.map((s) => {
    const last = s.y.length - 1;
    const end =
      lang === "ko"
        ? ` 마지막 값 ${formatNumber(s.y[last])} (${xName} = ${formatNumber(s.x[last])}).`
        : ` Last value ${formatNumber(s.y[last])} at ${xName} = ${formatNumber(s.x[last])}.`;
    return describeSeries(s.label, s.x, s.y, lang, xName) + end;
  });
  const legend = series.map((s) => ({ label: s.label, color: s.color, dash: s.dash }));
  return {
    kind,
    title,
    xLabel,
    yLabel,
    ariaLabel: options.ariaLabel === undefined ? title : check.text(fn, "ariaLabel", options.ariaLabel),
    ariaDescription: [intro, ...sentences].join(" "),
    legend,
    layout: chartLayout({ legend, ...check.size(fn, options) }),
    x: {
      type: "linear",
      domain: options.xDomain === undefined ? undefined : check.domain(fn, "xDomain", options.xDomain),
      ...(wholeX && options.xDomain === undefined ? { ticks: integerTicks(xExtent), tickFormat: "d" } : {}),
    },
    y: {
      type: yType,
      domain: options.yDomain === undefined ? undefined : check.domain(fn, "yDomain", options.yDomain),
      nice: true,
      // Plain decimals and powers of ten on a log axis, not Plot's SI prefixes ("1m")
      ...(yType === "log"
        ? { tickFormat: logTickFormat(finiteExtent(series.map((s) => s.y)) ?? [1, 10]) }
        : {}),
    },
    marks,
    lang,
  };
}

/**
 * Whole-number ticks over [lo, hi], at most 10: every 1, 2, 5, 10, 20, 50, … units.
 *
 * @example integerTicks([1, 6]) // => [1, 2, 3, 4, 5, 6]
 */
export function integerTicks([lo, hi]: readonly [number, number]): number[] {
  let step = 1;
  for (let k = 0; (hi - lo) / step > 10; k++) step = [2, 5, 10][k % 3] * 10 ** Math.floor(k / 3);
  // by index, not t += step, which stalls where step is below the precision of t
  const first = Math.ceil(lo / step) * step;
  const count = Math.floor((hi - first) / step) + 1;
  return Array.from(
    { length: Number.isFinite(count) ? Math.max(0, Math.min(count, 11)) : 0 },
    (_, i) => first + i * step,
  );
}
