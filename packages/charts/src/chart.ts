import type * as Plot from "@observablehq/plot";
import type { Lang } from "./labels.js";
import type { ChartLayout, LegendItem } from "./layout.js";

/** A position scale of a chart: linear or logarithmic, with an optional fixed domain. */
export interface ChartScale {
  readonly type: "linear" | "log";
  /** Fixed domain; undefined lets Plot fit the data (and round it with `nice`). */
  readonly domain?: readonly [number, number] | undefined;
  /** Extend a fitted domain to round numbers. */
  readonly nice?: boolean | undefined;
  /** Approximate number of ticks, or the tick values (Plot's `ticks`). */
  readonly ticks?: number | readonly number[] | undefined;
  /** Tick labels: a d3-format specifier ("d", "~g") or a function of the tick value. */
  readonly tickFormat?: string | ((value: number) => string) | undefined;
  /** Whether to draw grid lines at the ticks. */
  readonly grid?: boolean | undefined;
}

/**
 * A chart, ready to render: what every builder returns. Plain data apart from `marks`, which are
 * Observable Plot marks (the frame, rules and series); {@link renderSvg} adds the axes, the
 * title and the legend.
 */
export interface Chart {
  /** The builder that made it: "activation", "activations", "line", "loss", … */
  readonly kind: string;
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Short accessible name of the chart, e.g. "Sigmoid 함수와 도함수 그래프". */
  readonly ariaLabel: string;
  /** What is plotted, in sentences: ranges, series, extremes. */
  readonly ariaDescription: string;
  readonly legend: readonly LegendItem[];
  readonly layout: ChartLayout;
  readonly x: ChartScale;
  readonly y: ChartScale;
  readonly marks: readonly Plot.Markish[];
  readonly lang: Lang;
}
