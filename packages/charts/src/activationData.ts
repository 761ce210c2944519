import { type ActivationId, activations, formatNumber } from "@activation-lab/core";
import type { ChartBaseOptions } from "./chartOptions.js";
import { describeSeries } from "./describeSeries.js";
import { type Lang, langs } from "./labels.js";
import { type ChartLayout, chartLayout, type LegendItem } from "./layout.js";
import { niceDomain } from "./niceDomain.js";
import { finiteExtent, linspace } from "./sample.js";
import { dashPattern, seriesColor } from "./theme.js";
import * as check from "./validate.js";

/** Options of {@link activationData} and {@link activationChart}. */
export interface ActivationDataOptions extends ChartBaseOptions {
  /** Parameter variants (α or β), one curve each; default: the activation's default parameter. */
  params?: readonly number[] | undefined;
  /** Draw the derivative f′ beside f (dashed). Default true. */
  derivative?: boolean | undefined;
  /** The x range. Default [−5, 5]. */
  xDomain?: readonly [number, number] | undefined;
  /**
   * The y range. Default: the drawn curves' extent, widened to round numbers ({@link niceDomain}).
   * "typical": also fit the curves at parameters across the registry's `param.typical` range, so a
   * slider over that range never leaves the chart (the same as the default without a parameter).
   */
  yDomain?: readonly [number, number] | "typical" | undefined;
  /** Points sampled per curve, from 2 to 10 001. Default 201 (x = 0 is sampled on a symmetric domain). */
  samples?: number | undefined;
}

/** One curve of an activation chart. */
export interface ActivationSeries {
  /** "f" or "df" and the variant's index: "f-0", "df-0", "f-1", … */
  readonly key: string;
  readonly kind: "f" | "df";
  /** The parameter (α or β) the curve was sampled with; undefined for parameter-free activations. */
  readonly param: number | undefined;
  /** The legend text: "f(x)", "f′(x)", or with a parameter "f(x), α = 0.1". */
  readonly label: string;
  /** f(x_i) or f′(x_i) for every x_i. */
  readonly values: Float64Array;
  /** CSS colour of the line (a variable with a palette fallback). */
  readonly color: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  readonly dash: string | undefined;
  /** Class of the `<g>` that holds this curve's `<path>` in the rendered SVG: "al-chart-f-0". */
  readonly className: string;
}

/** Everything an activation chart draws, and the layout it draws it in. */
export interface ActivationData {
  readonly id: ActivationId;
  /** The activation's display name in the chosen language. */
  readonly name: string;
  /** The parameter's name and symbol, if the activation has one. */
  readonly param: { readonly name: "alpha" | "beta"; readonly symbol: string } | undefined;
  readonly x: Float64Array;
  readonly series: readonly ActivationSeries[];
  readonly xDomain: [number, number];
  readonly yDomain: [number, number];
  readonly legend: readonly LegendItem[];
  /** Size and margins: x maps [xDomain] to [marginLeft, width − marginRight], y maps [yDomain] to [height − marginBottom, marginTop]. */
  readonly layout: ChartLayout;
  readonly lang: Lang;
}

const symbols = { alpha: "α", beta: "β" } as const;

/**
 * The sampling defaults of the activation charts: x from −5 to 5 in 201 points (x = 0 exactly
 * sampled, 0.05 apart).
 *
 * @example activationDefaults.xDomain // => [-5, 5]
 */
export const activationDefaults = { xDomain: [-5, 5] as readonly [number, number], samples: 201 } as const;

/**
 * Samples an activation and its derivative from the registry of `@activation-lab/core`
 * (`activations[id].f` and `.df`; no formula is repeated here) and computes the chart's domains,
 * colours and layout. The server-rendered {@link activationChart} is drawn from exactly this
 * data, so a browser island can redraw a curve in place with d3-scale and d3-shape.
 *
 * @example activationData("sigmoid", { samples: 3, derivative: false }).series[0].values // => Float64Array [0.0066928509242848554, 0.5, 0.9933071490757153]
 */
export function activationData(id: ActivationId, options: ActivationDataOptions = {}): ActivationData {
  return sampleActivation("activationData", id, options);
}

/** {@link activationData} with errors naming `fn`, the builder the caller called. */
export function sampleActivation(
  fn: string,
  id: ActivationId,
  options: ActivationDataOptions | undefined,
): ActivationData {
  options = check.options(fn, options);
  const info = typeof id === "string" && Object.hasOwn(activations, id) ? activations[id] : undefined;
  if (info === undefined) check.fail(fn, "id", "an ActivationId", id);
  const lang = check.oneOf(fn, "lang", options.lang ?? "ko", langs);
  const derivative = options.derivative ?? true;
  if (typeof derivative !== "boolean") check.fail(fn, "derivative", "a boolean", derivative);
  const xDomain = check.domain(fn, "xDomain", options.xDomain ?? activationDefaults.xDomain);
  const samples = check.integer(fn, "samples", options.samples ?? activationDefaults.samples, 2, 10_001);
  const params = activationParams(fn, id, options.params);
  const param = info.param && { name: info.param.name, symbol: symbols[info.param.name] };

  const x = linspace(xDomain, samples);
  const series: ActivationSeries[] = [];
  params.forEach((p, variant) => {
    const suffix = param && params.length > 1 ? `, ${param.symbol} = ${formatNumber(p as number)}` : "";
    const kinds = derivative ? (["f", "df"] as const) : (["f"] as const);
    for (const kind of kinds) {
      const fx = kind === "f" ? info.f : info.df;
      const values = new Float64Array(samples);
      for (let i = 0; i < samples; i++) values[i] = fx(x[i], p);
      // One variant: f and f′ in two colours; several: a colour per variant, f′ dashed.
      const colorIndex = params.length > 1 ? variant : kind === "f" ? 0 : 1;
      series.push({
        key: `${kind}-${variant}`,
        kind,
        param: p,
        label: `${kind === "f" ? "f(x)" : "f′(x)"}${suffix}`,
        values,
        color: seriesColor(colorIndex),
        dash: kind === "df" ? dashPattern : undefined,
        className: `al-chart-${kind}-${variant}`,
      });
    }
  });

  const fitted = series.map((s) => s.values);
  if (options.yDomain === "typical" && info.param !== undefined) {
    for (const p of linspace(info.param.typical, 9)) {
      fitted.push(x.map((xi) => info.f(xi, p)));
      if (derivative) fitted.push(x.map((xi) => info.df(xi, p)));
    }
  }
  const yDomain =
    options.yDomain === undefined || options.yDomain === "typical"
      ? niceDomain(finiteExtent(fitted) ?? [0, 1])
      : check.domain(fn, "yDomain", options.yDomain);
  const legend = series.map((s) => ({ label: s.label, color: s.color, dash: s.dash }));
  const layout = chartLayout({ legend, ...check.size(fn, options) });
  return { id, name: info.name[lang], param, x, series, xDomain, yDomain, legend, layout, lang };
}

/** The parameter values to sample: checked against the registry's valid range. */
function activationParams(
  fn: string,
  id: ActivationId,
  params: readonly number[] | undefined,
): (number | undefined)[] {
  const info = activations[id];
  if (info.param === undefined) {
    if (params !== undefined && params.length > 0)
      check.fail(fn, "params", `empty: ${id} has no parameter`, params);
    return [undefined];
  }
  if (params === undefined) return [info.param.default];
  if (!check.isArray(params) || params.length === 0 || params.length > 8) {
    check.fail(fn, "params", "an array of 1 to 8 numbers", params);
  }
  const { name, min, max } = info.param;
  return params.map((p, i) => {
    if (typeof p !== "number" || !(p >= min && p <= max)) {
      check.fail(
        fn,
        `params[${i}]`,
        `a number in [${min}, ${max}] (the ${name} range of ${id})`,
        p,
        typeof p !== "number",
      );
    }
    return p;
  });
}

/** A sentence per curve for the chart's `ariaDescription`. */
export function describeActivation(data: ActivationData): string {
  const [lo, hi] = data.xDomain;
  const intro =
    data.lang === "ko"
      ? `x가 ${formatNumber(lo)}부터 ${formatNumber(hi)}까지일 때 ${data.name}의 선 그래프.`
      : `Line chart of ${data.name} for x from ${formatNumber(lo)} to ${formatNumber(hi)}.`;
  return [intro, ...data.series.map((s) => describeSeries(s.label, data.x, s.values, data.lang))].join(" ");
}
