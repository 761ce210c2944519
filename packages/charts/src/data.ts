// @activation-lab/charts/data: what a browser island needs to redraw a server-rendered chart in
// place with d3-scale and d3-shape — the sampled data, the layout and the colours — without
// loading Observable Plot or a DOM implementation.

export {
  type ActivationData,
  type ActivationDataOptions,
  type ActivationSeries,
  activationData,
  activationDefaults,
} from "./activationData.js";
export {
  type ActivationsData,
  type ActivationsDataOptions,
  type ActivationsSeries,
  activationsData,
} from "./activationsData.js";
export type { ChartBaseOptions, ChartOptions, ChartTextOptions } from "./chartOptions.js";
export { type Lang, langs } from "./labels.js";
export { type ChartLayout, chartDefaults, chartLayout, type LegendItem } from "./layout.js";
export { niceDomain } from "./niceDomain.js";
export { linspace } from "./sample.js";
export { dashPattern, palette, seriesColor, seriesDash } from "./theme.js";
