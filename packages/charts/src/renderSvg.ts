import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Chart } from "./chart.js";
import { headerMark } from "./header.js";
import * as check from "./validate.js";

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /** Decimal places kept in coordinates (path data, transforms, positions). Default 2, from 0 to 6. */
  digits?: number | undefined;
  /**
   * Prefix of the SVG's internal ids (clip paths). Default "al-" and a hash of the chart, unique
   * per chart; set it to put the same chart twice on one page with distinct ids.
   */
  idPrefix?: string | undefined;
}

// Attributes that hold coordinates; text content and labels are never rounded.
const numericAttributes = [
  "d",
  "transform",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "width",
  "height",
  "points",
];

/**
 * Renders a chart to a standalone SVG string on the server, with Observable Plot and linkedom's
 * DOM (one DOM implementation everywhere: site build, notebooks, tests).
 *
 * The result is always a single `<svg xmlns="http://www.w3.org/2000/svg" role="img">` element:
 * the title and legend are drawn inside it (never an HTML `<figure>`), it starts with `<title>`
 * and `<desc>` (the chart's `ariaLabel` and `ariaDescription`, also set as `aria-label` and
 * `aria-description`), and it is valid as an `image/svg+xml` document and inline in HTML.
 * Text, axes and grid use `currentColor`; series use CSS variables with palette fallbacks; inline
 * in a page there is no background, so the page's light or dark theme shows through; as a
 * standalone image it follows the viewer's colour scheme (see {@link themeStyle}).
 *
 * Deterministic: coordinates are rounded to `digits` places, and the ids Plot numbers from a
 * process-wide counter (clip paths, patterns, markers) are renamed from a hash of the chart, so
 * one chart renders to the same bytes every time, and two different charts on a page never
 * share an id.
 *
 * @example renderSvg(activationChart("sigmoid")).startsWith("<svg") // => true
 */
export function renderSvg(chart: Chart, options: RenderSvgOptions = {}): string {
  const digits = check.integer("renderSvg", "digits", options.digits ?? 2, 0, 6);
  const { idPrefix } = options;
  if (idPrefix !== undefined && (typeof idPrefix !== "string" || !/^[A-Za-z][\w-]*$/.test(idPrefix))) {
    check.fail("renderSvg", "idPrefix", "a letter followed by letters, digits, _ or -", idPrefix);
  }
  if (chart === null || typeof chart !== "object" || !Array.isArray(chart.marks)) {
    check.fail("renderSvg", "chart", "a chart from a builder of @activation-lab/charts", chart);
  }
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const { layout } = chart;
  const svg = Plot.plot({
    document,
    width: layout.width,
    height: layout.height,
    marginTop: layout.marginTop,
    marginRight: layout.marginRight,
    marginBottom: layout.marginBottom,
    marginLeft: layout.marginLeft,
    x: scaleOptions(chart.x, chart.xLabel),
    // Plot puts the y label at the very top, where the title is: the header draws it above the frame.
    y: scaleOptions(chart.y, null),
    ariaLabel: chart.ariaLabel,
    ariaDescription: chart.ariaDescription,
    marks: [...chart.marks, headerMark(chart)],
  }) as unknown as SVGSVGElement;

  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("role", "img");
  const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
  title.textContent = chart.ariaLabel;
  const desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
  desc.textContent = chart.ariaDescription;
  svg.prepend(title, desc);
  return stableIds(themeStyle(roundCoordinates(svg.outerHTML, digits)), idPrefix);
}

function scaleOptions(scale: Chart["x"], label: string | null): Plot.ScaleOptions {
  return {
    type: scale.type,
    label,
    ...(scale.domain === undefined ? {} : { domain: [...scale.domain] }),
    ...(scale.nice === undefined ? {} : { nice: scale.nice }),
    ...(scale.ticks === undefined
      ? {}
      : { ticks: typeof scale.ticks === "number" ? scale.ticks : [...scale.ticks] }),
    ...(scale.tickFormat === undefined ? {} : { tickFormat: scale.tickFormat }),
    grid: scale.grid ?? true,
  };
}

// A coordinate attribute and its value, in serialized SVG; text and aria attributes never match.
const coordinateAttribute = new RegExp(` (${numericAttributes.join("|")})="([^"]*)"`, "g");

/** Rounds every number in coordinate attributes of serialized SVG to `digits` decimal places. */
function roundCoordinates(svg: string, digits: number): string {
  const scale = 10 ** digits;
  const round = (token: string) => {
    const value = Math.round(Number(token) * scale) / scale;
    return String(Object.is(value, -0) ? 0 : value);
  };
  return svg.replace(coordinateAttribute, (whole, name: string, value: string) =>
    /em$/.test(value) ? whole : ` ${name}="${value.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, round)}"`,
  );
}

/**
 * Adapts Plot's inline style to light and dark themes. Plot names a white `--plot-background`
 * (used by halos and tips): use the theme's instead. And when the SVG is a document of its own —
 * an `image/svg+xml` notebook output shown as an `<img>` — `currentColor` would be black on any
 * background, so there (`:root`, which never matches an SVG inlined in HTML) the SVG takes the
 * viewer's colour scheme: the system colours CanvasText on Canvas.
 */
function themeStyle(svg: string): string {
  return svg
    .replace("--plot-background: white;", "--plot-background: var(--al-chart-background, Canvas);")
    .replace(
      "<style>",
      "<style>:root:where(.plot-d6a7b5) {\n  color-scheme: light dark;\n  color: CanvasText;\n  background: Canvas;\n}\n",
    );
}

/**
 * Renames Plot's counter-numbered ids (`plot-clip-7`) to `<prefix>-<n>`; the default prefix is
 * `al-<hash>`, hashing the chart with the ids blanked.
 */
function stableIds(svg: string, prefix?: string): string {
  const pattern = /plot-(?:clip|pattern|marker)-\d+/g;
  const base = prefix ?? `al-${fnv1a(svg.replace(pattern, "plot-id"))}`;
  const renamed = new Map<string, string>();
  return svg.replace(pattern, (id) => {
    let name = renamed.get(id);
    if (name === undefined) {
      name = `${base}-${renamed.size + 1}`;
      renamed.set(id, name);
    }
    return name;
  });
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
