/**
 * Redraws the curves of a chart rendered by @activation-lab/charts, in place: each series' path
 * sits in a `<g class="al-chart-…">`, the legend items follow the series' order, and the plot
 * frame is the layout's rectangle inside its margins. Drawn with d3-scale and d3-shape only.
 */
import type { ActivationData, ActivationSeries } from "@activation-lab/charts/data";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";

export function drawSeries(
  svg: SVGSVGElement,
  data: Pick<ActivationData, "x" | "series" | "xDomain" | "yDomain" | "layout">,
  visible: (series: ActivationSeries) => boolean,
): void {
  const { layout } = data;
  const x = scaleLinear()
    .domain(data.xDomain)
    .range([layout.marginLeft, layout.width - layout.marginRight]);
  const y = scaleLinear()
    .domain(data.yDomain)
    .range([layout.height - layout.marginBottom, layout.marginTop]);
  const legend = svg.querySelectorAll<SVGGElement>(".al-chart-legend-item");
  data.series.forEach((series, index) => {
    const group = svg.querySelector<SVGGElement>(`.${series.className}`);
    const path = group?.querySelector("path");
    const shown = visible(series);
    if (group) group.style.display = shown ? "" : "none";
    const item = legend[index];
    if (item) item.style.display = shown ? "" : "none";
    if (!path || !shown) return;
    const values = series.values;
    const d = line<number>()
      .defined((i) => Number.isFinite(values[i]!))
      .x((i) => Math.round(x(data.x[i]!) * 100) / 100)
      .y((i) => Math.round(y(values[i]!) * 100) / 100)(Array.from(values.keys()));
    if (d) path.setAttribute("d", d);
  });
}
