import type { Lang } from "./labels.js";

/** What every chart, and the data behind the redrawable ones, takes: its language and size. */
export interface ChartBaseOptions {
  /** Language of the default title, labels and description. Default "ko". */
  lang?: Lang | undefined;
  /** Chart width in pixels. Default 640. */
  width?: number | undefined;
  /** Chart height in pixels. Default 400. */
  height?: number | undefined;
}

/** The texts a chart builder draws: each has a default in `lang`; one given is used as is. */
export interface ChartTextOptions {
  title?: string | undefined;
  xLabel?: string | undefined;
  yLabel?: string | undefined;
}

/** Options every chart builder takes: language, size and the texts to override. */
export interface ChartOptions extends ChartBaseOptions, ChartTextOptions {}
