// Test helpers: parse a rendered SVG string back into a DOM, and read path coordinates.
import { parseHTML } from "linkedom";
import type { ChartLayout } from "../src/layout.js";

/** The root `<svg>` of a rendered chart, parsed with linkedom. */
export function parseSvg(svg: string): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg");
  if (root === null) throw new Error("no <svg> in the rendered chart");
  return root as unknown as SVGSVGElement;
}

/** The vertices of an SVG path made of M and L commands (what Plot's linear lines emit). */
export function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const match of d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g))
    points.push([Number(match[1]), Number(match[2])]);
  return points;
}

/**
 * Maps a pixel position back to data space with the layout the chart was drawn in: the inverse of
 * x ↦ marginLeft + (x − x0)/(x1 − x0)·innerWidth and y ↦ height − marginBottom − (y − y0)/(y1 − y0)·innerHeight.
 */
export function invert(
  [px, py]: [number, number],
  layout: ChartLayout,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
): [number, number] {
  const innerWidth = layout.width - layout.marginLeft - layout.marginRight;
  const innerHeight = layout.height - layout.marginTop - layout.marginBottom;
  return [
    xDomain[0] + ((px - layout.marginLeft) / innerWidth) * (xDomain[1] - xDomain[0]),
    yDomain[0] + ((layout.height - layout.marginBottom - py) / innerHeight) * (yDomain[1] - yDomain[0]),
  ];
}

/**
 * Rounds the decimal numbers in a rendered SVG's coordinate attributes to `digits` places, for
 * snapshots robust to the last digit; text and aria attributes are left as they are.
 */
export function roundNumbers(svg: string, digits = 1): string {
  return svg.replace(
    / (d|transform|x|y|x1|x2|y1|y2|cx|cy|r|width|height|points)="([^"]*)"/g,
    (_, name, value) => {
      const rounded = value.replace(/-?\d+\.\d+/g, (token: string) =>
        String(Number(Number(token).toFixed(digits))),
      );
      return ` ${name}="${rounded}"`;
    },
  );
}

/** The pixel position of the axis tick labelled `label` (its translate), or throws. */
export function tickAt(root: SVGSVGElement, axis: "x" | "y", label: string): number {
  const texts = [...root.querySelectorAll(`[aria-label='${axis}-axis tick label'] text`)];
  const tick = texts.find((t) => t.textContent === label);
  if (tick === undefined)
    throw new Error(`no ${axis} tick labelled ${label}: ${texts.map((t) => t.textContent)}`);
  const [, px, py] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(tick.getAttribute("transform")!)!;
  return Number(axis === "x" ? px : py);
}

/** The tick labels of an axis, in order. */
export function tickLabels(root: SVGSVGElement, axis: "x" | "y"): string[] {
  return [...root.querySelectorAll(`[aria-label='${axis}-axis tick label'] text`)].map(
    (t) => t.textContent ?? "",
  );
}
