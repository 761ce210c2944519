import { formatNumber } from "@activation-lab/core";
import * as Plot from "@observablehq/plot";
import type { Chart } from "./chart.js";
import type { ChartOptions } from "./chartOptions.js";
import { langs } from "./labels.js";
import { chartLayout } from "./layout.js";
import { integerTicks } from "./lineChart.js";
import { niceDomain } from "./niceDomain.js";
import { finiteExtent, linspace } from "./sample.js";
import { seriesColor } from "./theme.js";
import * as check from "./validate.js";

/** One distribution of a histogram: its values, e.g. the activations of a layer. */
export interface HistogramSeries {
  readonly label: string;
  readonly values: ArrayLike<number>;
}

/** Options of {@link histogramChart}. */
export interface HistogramChartOptions extends ChartOptions {
  /** The distributions, 1 to 8, overlaid with translucent fills. */
  series: readonly HistogramSeries[];
  /** Number of equal-width bins, from 1 to 400. Default 40. */
  bins?: number | undefined;
  /** The binned range; values outside it are counted in the description, not drawn. Default: all values, rounded out. */
  domain?: readonly [number, number] | undefined;
  /** Plot each bin's share of its series (series of different sizes compare) instead of counts. Default false. */
  normalize?: boolean | undefined;
}

const texts = {
  ko: { title: "활성값 분포", x: "활성값", count: "개수", share: "비율" },
  en: { title: "Distribution of activations", x: "Activation", count: "Count", share: "Share" },
};

interface Bin {
  x1: number;
  x2: number;
  y: number;
}

/**
 * Histograms of one or several sets of values on shared bins: translucent bars with a stepped
 * outline per series. NaN and infinite values are ignored.
 *
 * @example histogramChart({ series: [{ label: "ReLU", values: [0, 0, 0.5, 1.2] }] }).kind // => "histogram"
 */
export function histogramChart(options: HistogramChartOptions): Chart {
  const fn = "histogramChart";
  check.object(fn, "options", options);
  const lang = check.oneOf(fn, "lang", options.lang ?? "ko", langs);
  const t = texts[lang];
  const binCount = check.integer(fn, "bins", options.bins ?? 40, 1, 400);
  const normalize = check.boolean(fn, "normalize", options.normalize ?? false);
  if (!check.isArray(options.series) || options.series.length === 0 || options.series.length > 8) {
    check.fail(fn, "series", "an array of 1 to 8 series", options.series);
  }
  options.series.forEach((s, i) => {
    check.object(fn, `series[${i}]`, s, "{ label, values }");
    check.text(fn, `series[${i}].label`, s.label);
    check.arrayLike(fn, `series[${i}].values`, s.values);
  });
  const extent = finiteExtent(options.series.map((s) => s.values));
  const domain =
    options.domain === undefined
      ? check.fitted(fn, "series", niceDomain(extent ?? [0, 1], binCount), options.series)
      : check.domain(fn, "domain", options.domain);
  const edges = linspace(domain, binCount + 1);
  const width = (domain[1] - domain[0]) / binCount;

  const series = options.series.map((s, i) => {
    const counts = new Float64Array(binCount);
    let inside = 0;
    let outside = 0;
    let sum = 0;
    let sumSq = 0;
    for (let j = 0; j < s.values.length; j++) {
      const v = s.values[j];
      if (!Number.isFinite(v)) continue;
      sum += v;
      sumSq += v * v;
      if (v < domain[0] || v > domain[1]) {
        outside += 1;
        continue;
      }
      counts[Math.min(binCount - 1, Math.floor((v - domain[0]) / width))] += 1;
      inside += 1;
    }
    const n = inside + outside;
    const scale = normalize && n > 0 ? 1 / n : 1;
    const bins: Bin[] = Array.from(counts, (c, b) => ({ x1: edges[b], x2: edges[b + 1], y: c * scale }));
    const mean = n > 0 ? sum / n : Number.NaN;
    const sd = n > 0 ? Math.sqrt(Math.max(0, sumSq / n - mean * mean)) : Number.NaN;
    return {
      label: s.label,
      bins,
      n,
      outside,
      mean,
      sd,
      color: seriesColor(i),
      className: `al-chart-series-${i}`,
    };
  });

  const opacity = series.length === 1 ? 0.6 : 0.3;
  const marks: Plot.Markish[] = [
    ...series.map((s) =>
      Plot.rectY(s.bins, {
        x1: "x1",
        x2: "x2",
        y: "y",
        fill: s.color,
        fillOpacity: opacity,
        className: s.className,
      }),
    ),
    ...series.map((s) => {
      const last = s.bins[s.bins.length - 1];
      const steps = [...s.bins.map((b) => [b.x1, b.y]), [last.x2, last.y]];
      return Plot.line(steps, {
        curve: "step-after",
        stroke: s.color,
        strokeWidth: 1.5,
        className: `${s.className}-outline`,
      });
    }),
    Plot.ruleY([0], { stroke: "currentColor" }),
  ];

  const maxCount = Math.max(1, ...series.flatMap((s) => s.bins.map((b) => b.y)));
  const title = options.title === undefined ? t.title : check.text(fn, "title", options.title);
  const xLabel = options.xLabel === undefined ? t.x : check.text(fn, "xLabel", options.xLabel);
  const yLabel =
    options.yLabel === undefined ? (normalize ? t.share : t.count) : check.text(fn, "yLabel", options.yLabel);
  const [lo, hi] = domain.map(formatNumber);
  const intro =
    lang === "ko"
      ? `${series.length}개 분포의 히스토그램: ${lo}부터 ${hi}까지 구간 ${binCount}개, y는 ${yLabel}.`
      : `Histogram of ${series.length} distribution${series.length > 1 ? "s" : ""} in ${binCount} bins from ${lo} to ${hi}; y is the ${yLabel.toLowerCase()}.`;
  const sentences = series.map((s) => {
    const fullest = s.bins.reduce((a, b) => (b.y > a.y ? b : a));
    const peak = `${formatNumber(fullest.x1)}–${formatNumber(fullest.x2)}`;
    return lang === "ko"
      ? `${s.label}: 값 ${s.n}개, 평균 ${formatNumber(s.mean)}, 표준편차 ${formatNumber(s.sd)}, 가장 많은 구간 ${peak}${s.outside > 0 ? `, 범위 밖 ${s.outside}개` : ""}.`
      : `${s.label}: ${s.n} values, mean ${formatNumber(s.mean)}, standard deviation ${formatNumber(s.sd)}, fullest bin ${peak}${s.outside > 0 ? `, ${s.outside} outside the range` : ""}.`;
  });
  const legend = series.map((s) => ({ label: s.label, color: s.color, swatch: "square" as const }));
  return {
    kind: "histogram",
    title,
    xLabel,
    yLabel,
    ariaLabel: title,
    ariaDescription: [intro, ...sentences].join(" "),
    legend,
    layout: chartLayout({ legend, ...check.size(fn, options) }),
    x: { type: "linear", domain, nice: false },
    // counts are whole numbers: whole-number ticks, no "2.5 values"
    y: normalize
      ? { type: "linear", nice: true }
      : { type: "linear", nice: true, ticks: integerTicks([0, maxCount]), tickFormat: "d" },
    marks,
    lang,
  };
}
