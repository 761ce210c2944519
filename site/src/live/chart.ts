/**
 * Draws a {@link LiveChart} as SVG in the page: the series a notebook's lineChart/lossChart call
 * plots, in the charts package's palette (seriesColor, seriesDash), with d3-scale's ticks and
 * d3-shape's line. Observable Plot itself would cost about 97 KB gzipped, so the page draws the
 * same marks with these two small modules instead.
 */
import { seriesColor, seriesDash } from "@activation-lab/charts/data";
import { formatNumber } from "@activation-lab/core";
import { scaleLinear, scaleLog } from "d3-scale";
import { line } from "d3-shape";
import type { LiveChart } from "./studies.js";

const svgNs = "http://www.w3.org/2000/svg";
const size = { width: 640, height: 320, top: 16, right: 16, bottom: 40, left: 68 };

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** Replaces `figure`'s content with the chart: a title, the SVG (labelled by it) and a legend. */
export function drawChart(figure: HTMLElement, chart: LiveChart): void {
  const { width, height, top, right, bottom, left } = size;
  const values = chart.series.flatMap((s) => s.y.filter((v) => Number.isFinite(v) && (!chart.log || v > 0)));
  const length = Math.max(...chart.series.map((s) => s.y.length));
  // shared x values (the gain sweep's) go on a log axis, ticked at powers of 2 as gainSweepChart does
  const xAt = (j: number) => chart.x?.[j] ?? chart.xStart + j;
  const xDomain: [number, number] = [xAt(0), Math.max(xAt(length - 1), xAt(0) + 1)];
  const x = (chart.x ? scaleLog() : scaleLinear()).domain(xDomain).range([left, width - right]);
  const xTicks: number[] = [];
  if (chart.x) for (let t = 2 ** Math.ceil(Math.log2(xDomain[0])); t <= xDomain[1]; t *= 2) xTicks.push(t);
  else xTicks.push(...x.ticks(8).filter(Number.isInteger));
  const extent: [number, number] = [Math.min(...values), Math.max(...values)];
  const y = (chart.log ? scaleLog() : scaleLinear())
    .domain(chart.log ? extent : [Math.min(0, extent[0]), extent[1]])
    .nice()
    .range([height - bottom, top]);

  const caption = document.createElement("figcaption");
  caption.textContent = chart.title;
  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "live-chart" });
  svg.setAttribute("aria-label", `${chart.title}: ${chart.series.map((s) => s.label).join(", ")}`);

  const axes = svgElement("g", { class: "live-axes", "font-size": 11, fill: "currentColor" });
  for (const tick of y.ticks(5)) {
    const at = y(tick);
    axes.append(svgElement("line", { x1: left, x2: width - right, y1: at, y2: at, class: "live-grid" }));
    const label = svgElement("text", {
      x: left - 6,
      y: at,
      "text-anchor": "end",
      "dominant-baseline": "middle",
    });
    label.textContent = formatNumber(tick);
    axes.append(label);
  }
  for (const tick of xTicks) {
    const label = svgElement("text", { x: x(tick), y: height - bottom + 16, "text-anchor": "middle" });
    label.textContent = formatNumber(tick);
    axes.append(label);
  }
  const xTitle = svgElement("text", {
    x: (left + width - right) / 2,
    y: height - 6,
    "text-anchor": "middle",
  });
  xTitle.textContent = chart.xLabel;
  const yTitle = svgElement("text", {
    "text-anchor": "middle",
    transform: `translate(14 ${(height - bottom + top) / 2}) rotate(-90)`,
  });
  yTitle.textContent = chart.yLabel;
  axes.append(xTitle, yTitle);
  svg.append(axes);

  const legend = document.createElement("ul");
  legend.className = "live-legend";
  chart.series.forEach((series, i) => {
    const path = line<number>()
      .defined((v) => Number.isFinite(v) && (!chart.log || v > 0))
      .x((_, j) => Math.round(x(xAt(j)) * 100) / 100)
      .y((v) => Math.round(y(v) * 100) / 100)(series.y as number[]);
    const mark = svgElement("path", { d: path ?? "", fill: "none", "stroke-width": 2, class: "live-series" });
    mark.style.stroke = seriesColor(i);
    const dash = seriesDash(i);
    if (dash) mark.setAttribute("stroke-dasharray", dash);
    svg.append(mark);
    const item = document.createElement("li");
    const key = document.createElement("span");
    key.className = "live-key";
    key.style.borderTopColor = seriesColor(i);
    if (dash) key.style.borderTopStyle = "dashed";
    item.append(key, series.label);
    legend.append(item);
  });
  figure.replaceChildren(caption, svg, legend);
}
