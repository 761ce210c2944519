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

/** Rounds every decimal number in a string to `digits` places, for snapshots robust to the last digit. */
export function roundNumbers(text: string, digits = 1): string {
  return text.replace(/-?\d+\.\d+/g, (token) => String(Number(Number(token).toFixed(digits))));
}
