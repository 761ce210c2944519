import { type ActivationId, activationIds, activations, formatNumber } from "@activation-lab/core";
import { activationDefaults } from "./activationData.js";
import type { ChartBaseOptions } from "./chartOptions.js";
import { describeSeries } from "./describeSeries.js";
import { type Lang, langs } from "./labels.js";
import { type ChartLayout, chartLayout, type LegendItem } from "./layout.js";
import { niceDomain } from "./niceDomain.js";
import { finiteExtent, linspace } from "./sample.js";
import { seriesColor } from "./theme.js";
import * as check from "./validate.js";

/** Options of {@link activationsData} and {@link activationsChart}. */
export interface ActivationsDataOptions extends ChartBaseOptions {
  /** The activations to overlay, in the registry's order by default: all of them. */
  ids?: readonly ActivationId[] | undefined;
  /** Which curves: "f" (default), "df" (the derivatives) or "both" (f solid, f′ dashed). */
  which?: "f" | "df" | "both" | undefined;
  /** Parameter (α or β) per activation; default: each activation's default. */
  params?: Partial<Record<ActivationId, number>> | undefined;
  /** The x range. Default [−5, 5]. */
  xDomain?: readonly [number, number] | undefined;
  /** The y range; default: the values' extent, widened to round numbers. */
  yDomain?: readonly [number, number] | undefined;
  /** Points sampled per curve, from 2 to 10 001. Default 201. */
  samples?: number | undefined;
}

/** One curve of an overlay chart. */
export interface ActivationsSeries {
  readonly id: ActivationId;
  readonly kind: "f" | "df";
  readonly param: number | undefined;
  /** The activation's name, with ′ for a derivative: "ReLU", "ReLU′". */
  readonly label: string;
  readonly values: Float64Array;
  /** The activation's colour: fixed by its place in the registry, whichever ids are shown. */
  readonly color: string;
  readonly dash: string | undefined;
  /** Class of the `<g>` holding the curve in the rendered SVG: "al-chart-relu-f". */
  readonly className: string;
}

/** Everything an overlay chart draws, and its layout. */
export interface ActivationsData {
  readonly ids: readonly ActivationId[];
  readonly x: Float64Array;
  readonly series: readonly ActivationsSeries[];
  readonly xDomain: [number, number];
  readonly yDomain: [number, number];
  readonly legend: readonly LegendItem[];
  readonly layout: ChartLayout;
  readonly lang: Lang;
}

/**
 * The line style of activation number `index` in the registry: its colour, a dotted f and a
 * dash-dot f′ once the palette's eight colours repeat.
 */
function overlayStyle(index: number, kind: "f" | "df"): { color: string; dash: string | undefined } {
  const repeat = index >= 8;
  const dash = kind === "f" ? (repeat ? "1 3" : undefined) : repeat ? "6 2 1 2" : "5 3";
  return { color: seriesColor(index), dash };
}

/**
 * Samples several activations (and/or their derivatives) on one x grid from the registry of
 * `@activation-lab/core`, with colours fixed per activation so a chart where the reader picks
 * the functions keeps each one's colour.
 *
 * @example activationsData({ ids: ["relu", "gelu"] }).series.map((s) => s.label) // => ["ReLU", "GELU"]
 */
export function activationsData(options: ActivationsDataOptions = {}): ActivationsData {
  return sampleActivations("activationsData", options);
}

/** {@link activationsData} with errors naming `fn`. */
export function sampleActivations(fn: string, options: ActivationsDataOptions | undefined): ActivationsData {
  options = check.options(fn, options);
  const lang = check.oneOf(fn, "lang", options.lang ?? "ko", langs);
  const which = check.oneOf(fn, "which", options.which ?? "f", ["f", "df", "both"] as const);
  const xDomain = check.domain(fn, "xDomain", options.xDomain ?? activationDefaults.xDomain);
  const samples = check.integer(fn, "samples", options.samples ?? activationDefaults.samples, 2, 10_001);
  const ids = options.ids ?? activationIds;
  if (!check.isArray(ids) || ids.length === 0)
    check.fail(fn, "ids", "a non-empty array of ActivationIds", ids);
  ids.forEach((id, i) => {
    if (!activationIds.includes(id)) check.fail(fn, `ids[${i}]`, "an ActivationId", id);
    if (ids.indexOf(id) !== i) check.fail(fn, `ids[${i}]`, "an id not listed before", id);
  });
  const params = check.object(fn, "params", options.params ?? {}, "{ [id]: α or β }");
  for (const [id, p] of Object.entries(params)) {
    const range = activations[id as ActivationId]?.param;
    if (range === undefined) check.fail(fn, `params.${id}`, "set only for an activation with a parameter", p);
    if (typeof p !== "number" || !(p >= range.min && p <= range.max)) {
      check.fail(
        fn,
        `params.${id}`,
        `a number in [${range.min}, ${range.max}] (the ${range.name} range of ${id})`,
        p,
        typeof p !== "number",
      );
    }
  }

  const x = linspace(xDomain, samples);
  const kinds = which === "both" ? (["f", "df"] as const) : ([which] as const);
  const series: ActivationsSeries[] = [];
  for (const kind of kinds) {
    for (const id of ids) {
      const info = activations[id];
      const param = info.param === undefined ? undefined : (params[id] ?? info.param.default);
      const fx = kind === "f" ? info.f : info.df;
      const values = new Float64Array(samples);
      for (let i = 0; i < samples; i++) values[i] = fx(x[i], param);
      series.push({
        id,
        kind,
        param,
        label: `${info.name[lang]}${kind === "df" ? "′" : ""}`,
        values,
        ...overlayStyle(activationIds.indexOf(id), kind),
        className: `al-chart-${id}-${kind}`,
      });
    }
  }
  const yDomain =
    options.yDomain === undefined
      ? niceDomain(finiteExtent(series.map((s) => s.values)) ?? [0, 1])
      : check.domain(fn, "yDomain", options.yDomain);
  const legend = series.map((s) => ({ label: s.label, color: s.color, dash: s.dash }));
  const layout = chartLayout({ legend, ...check.size(fn, options) });
  return { ids, x, series, xDomain, yDomain, legend, layout, lang };
}

/** A sentence per curve for the overlay chart's `ariaDescription`. */
export function describeActivations(data: ActivationsData): string {
  const [lo, hi] = data.xDomain;
  const intro =
    data.lang === "ko"
      ? `x가 ${formatNumber(lo)}부터 ${formatNumber(hi)}까지일 때 활성화 함수 ${data.ids.length}개를 겹쳐 그린 선 그래프.`
      : `Line chart overlaying ${data.ids.length} activation functions for x from ${formatNumber(lo)} to ${formatNumber(hi)}.`;
  return [intro, ...data.series.map((s) => describeSeries(s.label, data.x, s.values, data.lang))].join(" ");
}
