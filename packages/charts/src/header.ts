import type { Chart } from "./chart.js";
import { chartDefaults, legendPositions } from "./layout.js";

const svgNs = "http://www.w3.org/2000/svg";

/**
 * A Plot render function that draws the chart's title and legend in the top margin, inside the
 * SVG, so a rendered chart is one standalone `<svg>` (Plot would otherwise wrap them in an HTML
 * `<figure>`, which an `image/svg+xml` notebook output cannot hold).
 */
export function headerMark(chart: Chart) {
  return (
    _index: unknown,
    _scales: unknown,
    _values: unknown,
    dimensions: { width: number; marginTop: number; marginLeft: number; marginRight: number },
    context: { document: Document },
  ): SVGGElement => {
    const d = chartDefaults;
    const doc = context.document;
    const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>) => {
      const node = doc.createElementNS(svgNs, name);
      for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
      return node;
    };
    const g = el("g", { class: "al-chart-header", "text-anchor": "start" });
    const title = el("text", {
      class: "al-chart-title",
      x: dimensions.marginLeft,
      y: d.titleBaseline,
      "font-size": d.titleFontSize,
      "font-weight": 600,
    });
    title.textContent = chart.title;
    g.append(title);

    const { positions } = legendPositions(
      chart.legend,
      dimensions.width,
      dimensions.marginLeft,
      dimensions.marginRight,
    );
    chart.legend.forEach((item, i) => {
      const { x, y } = positions[i];
      const entry = el("g", { class: "al-chart-legend-item", transform: `translate(${x},${y})` });
      if (item.swatch === "square") {
        entry.append(
          el("rect", { x: 5, y: -5, width: 10, height: 10, fill: item.color, "fill-opacity": 0.6 }),
        );
      } else {
        const line = el("line", { x1: 0, x2: d.legendSwatchWidth, stroke: item.color, "stroke-width": 2 });
        if (item.dash !== undefined) line.setAttribute("stroke-dasharray", item.dash);
        entry.append(line);
      }
      const label = el("text", { x: d.legendSwatchWidth + 6, y: "0.32em", "font-size": d.legendFontSize });
      label.textContent = item.label;
      entry.append(label);
      g.append(entry);
    });
    const yLabel = el("text", {
      class: "al-chart-y-label",
      x: dimensions.marginLeft - d.marginLeft + 3,
      y: dimensions.marginTop - 10,
    });
    yLabel.textContent = `↑ ${chart.yLabel}`;
    g.append(yLabel);
    return g;
  };
}
