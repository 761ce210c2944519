// @activation-lab/charts: chart builders on Observable Plot, shared by the notebooks and the site,
// and their server-side rendering to SVG. The notebook helper is a separate entry point:
// @activation-lab/charts/notebook; the browser-safe data and layout: @activation-lab/charts/data.

// Chart builders: each returns a Chart, drawn by renderSvg
export { type ActivationChartOptions, activationChart } from "./activationChart.js";
export { type ActivationsChartOptions, activationsChart } from "./activationsChart.js";
export type { Chart, ChartScale } from "./chart.js";
// Sampled data, layout and colours shared with the browser islands (also @activation-lab/charts/data)
export * from "./data.js";
export {
  type DecisionBoundaryChartOptions,
  decisionBoundaryChart,
  type LabelledPoints,
} from "./decisionBoundaryChart.js";
// Added with the studies (@activation-lab/lab): the initialisation gain sweep
export { type GainSweepChartOptions, type GainSweepChartSeries, gainSweepChart } from "./gainSweepChart.js";
export { type GradientNormChartOptions, gradientNormChart } from "./gradientNormChart.js";
export { type HistogramChartOptions, type HistogramSeries, histogramChart } from "./histogramChart.js";
export { type LineChartOptions, type LineSeries, lineChart } from "./lineChart.js";
export { type LossChartOptions, lossChart } from "./lossChart.js";
// Rendering to a standalone SVG string, server-side
export { type RenderSvgOptions, renderSvg } from "./renderSvg.js";
