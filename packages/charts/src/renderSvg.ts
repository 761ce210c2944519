import * as Plot from "@observablehq/plot";
import { DOMParser } from "linkedom";
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

const svgNs = "http://www.w3.org/2000/svg";

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
 * standalone image it follows the viewer's colour scheme (its style's `:root` rule: the system colours CanvasText on Canvas).
 *
 * Deterministic: coordinates are rounded to `digits` places, and the ids Plot numbers from a
 * process-wide counter (clip paths, patterns, markers) are renamed from a hash of the chart, so
 * one chart renders to the same bytes every time, and two different charts on a page never
 * share an id.
 *
 * @example renderSvg(activationChart("sigmoid")).startsWith("<svg") // => true
 */
export function renderSvg(chart: Chart, options: RenderSvgOptions = {}): string {
  return render("renderSvg", chart, options);
}

/** {@link renderSvg}, with errors naming `fn`, the function the caller called. */
export function render(fn: string, chart: Chart, options: RenderSvgOptions = {}): string {
  check.object(fn, "options", options);
  const digits = check.integer(fn, "digits", options.digits ?? 2, 0, 6);
  const { idPrefix } = options;
  if (idPrefix !== undefined && (typeof idPrefix !== "string" || !/^[A-Za-z][\w-]*$/.test(idPrefix))) {
    check.fail(
      fn,
      "idPrefix",
      "a letter followed by letters, digits, _ or -",
      idPrefix,
      typeof idPrefix !== "string",
    );
  }
  checkChart(fn, chart);
  // An XML document, so that linkedom serializes as XML: `&` and `<` in attribute values are
  // escaped (an HTML document leaves them raw, which is invalid in an image/svg+xml file).
  const document = new DOMParser().parseFromString(
    `<svg xmlns="${svgNs}"/>`,
    "image/svg+xml",
  ) as unknown as Document;
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

  svg.setAttribute("xmlns", svgNs);
  svg.setAttribute("role", "img");
  const title = document.createElementNS(svgNs, "title");
  title.textContent = chart.ariaLabel;
  const desc = document.createElementNS(svgNs, "desc");
  desc.textContent = chart.ariaDescription;
  svg.prepend(title, desc);
  // Every step works on the DOM, never on the serialized string: a title such as `x="1.23456"`
  // or `plot-clip-3` is text, and stays as written.
  const all = [svg, ...svg.querySelectorAll("*")];
  keepXmlCharacters(all);
  roundCoordinates(all, digits);
  themeStyle(svg);
  return stableIds(svg, all, idPrefix);
}

/** Throws unless `chart` has the shape of a builder's result (a builder's chart, or an edited copy). */
function checkChart(fn: string, chart: Chart): void {
  check.object(fn, "chart", chart, "a chart from a builder of @activation-lab/charts");
  for (const key of ["kind", "title", "xLabel", "yLabel", "ariaLabel", "ariaDescription"] as const) {
    if (typeof chart[key] !== "string") check.fail(fn, `chart.${key}`, "a string", chart[key], true);
  }
  const markish = (m: unknown): boolean =>
    m == null || typeof m === "function" || m instanceof Plot.Mark || (Array.isArray(m) && m.every(markish));
  if (!Array.isArray(chart.marks) || !markish(chart.marks))
    check.fail(fn, "chart.marks", "an array of Plot marks", chart.marks, true);
  if (!Array.isArray(chart.legend))
    check.fail(fn, "chart.legend", "an array of legend items", chart.legend, true);
  chart.legend.forEach((item, i) => {
    check.object(fn, `chart.legend[${i}]`, item, "{ label, color, dash?, swatch? }");
    for (const key of ["label", "color"] as const) {
      if (typeof item[key] !== "string")
        check.fail(fn, `chart.legend[${i}].${key}`, "a string", item[key], true);
    }
  });
  check.object(fn, "chart.layout", chart.layout, "{ width, height, marginTop, … }");
  check.integer(fn, "chart.layout.width", chart.layout.width, 1, 10_000);
  check.integer(fn, "chart.layout.height", chart.layout.height, 1, 10_000);
  for (const side of ["marginTop", "marginRight", "marginBottom", "marginLeft"] as const) {
    check.integer(fn, `chart.layout.${side}`, chart.layout[side], 0, 10_000);
  }
  for (const axis of ["x", "y"] as const) {
    const scale = check.object(fn, `chart.${axis}`, chart[axis], "{ type, domain?, … }");
    check.oneOf(fn, `chart.${axis}.type`, scale.type, ["linear", "log"] as const);
    if (scale.domain !== undefined) check.domain(fn, `chart.${axis}.domain`, scale.domain);
    const { ticks } = scale;
    if (
      ticks !== undefined &&
      !(typeof ticks === "number" && Number.isFinite(ticks)) &&
      !(Array.isArray(ticks) && ticks.every(Number.isFinite))
    ) {
      check.fail(
        fn,
        `chart.${axis}.ticks`,
        "a count or an array of finite numbers",
        ticks,
        typeof ticks !== "number" && !Array.isArray(ticks),
      );
    }
  }
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

// Characters an XML document cannot hold: C0 controls other than tab, LF and CR, lone surrogates,
// U+FFFE and U+FFFF (XML 1.0, production 2).
const notXmlCharacter =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces characters XML cannot hold, in every text and attribute of `elements`, with U+FFFD �. */
function keepXmlCharacters(elements: Element[]): void {
  for (const el of elements) {
    for (const { name, value } of [...el.attributes]) {
      const clean = value.replace(notXmlCharacter, "\ufffd");
      if (clean !== value) el.setAttribute(name, clean);
    }
    for (const node of el.childNodes) {
      // 3: a text node
      const text = node.nodeType === 3 ? (node.textContent ?? "") : "";
      const clean = text.replace(notXmlCharacter, "\ufffd");
      if (clean !== text) node.textContent = clean;
    }
  }
}

/** Rounds every number in the coordinate attributes of `elements` to `digits` decimal places. */
function roundCoordinates(elements: Element[], digits: number): void {
  const scale = 10 ** digits;
  const round = (token: string) => {
    const value = Math.round(Number(token) * scale) / scale;
    return String(Object.is(value, -0) ? 0 : value);
  };
  for (const el of elements) {
    for (const name of numericAttributes) {
      const value = el.getAttribute(name);
      if (value === null || /em$/.test(value)) continue;
      el.setAttribute(name, value.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, round));
    }
  }
}

/**
 * Adapts Plot's inline style to light and dark themes. Plot names a white `--plot-background`
 * (used by halos and tips): use the theme's instead. And when the SVG is a document of its own —
 * an `image/svg+xml` notebook output shown as an `<img>` — `currentColor` would be black on any
 * background, so there (`:root`, which never matches an SVG inlined in HTML) the SVG takes the
 * viewer's colour scheme: the system colours CanvasText on Canvas.
 */
function themeStyle(svg: Element): void {
  const style = svg.querySelector("style");
  if (style === null) return;
  style.textContent =
    ":root:where(.plot-d6a7b5) {\n  color-scheme: light dark;\n  color: CanvasText;\n  background: Canvas;\n}\n" +
    (style.textContent ?? "").replace(
      "--plot-background: white;",
      "--plot-background: var(--al-chart-background, Canvas);",
    );
}

// The ids Plot numbers from a process-wide counter, and the references to them: url(#plot-clip-7).
const plotId = /^plot-(?:clip|pattern|marker)-\d+$/;
const plotIdReference = /url\(#(plot-(?:clip|pattern|marker)-\d+)\)/g;

/**
 * Renames Plot's counter-numbered ids (`plot-clip-7`) and the `url(#…)` attributes that refer to
 * them to `<prefix>-<n>`, numbered in document order, and returns the serialized SVG. The
 * default prefix is `al-<hash>`, a hash of the SVG serialized with all those ids named `plot-id`.
 */
function stableIds(svg: Element, elements: Element[], prefix?: string): string {
  // Each attribute that holds a Plot id, with its value as a function of the ids' new names.
  const holders: { el: Element; name: string; value: (to: (id: string) => string) => string }[] = [];
  const renamed = new Map<string, number>();
  for (const el of elements) {
    for (const { name, value } of [...el.attributes]) {
      const ids =
        name === "id" && plotId.test(value) ? [value] : [...value.matchAll(plotIdReference)].map((m) => m[1]);
      if (ids.length === 0) continue;
      for (const id of ids) if (!renamed.has(id)) renamed.set(id, renamed.size + 1);
      holders.push({
        el,
        name,
        value: (to) =>
          name === "id" ? to(value) : value.replace(plotIdReference, (_, id: string) => `url(#${to(id)})`),
      });
    }
  }
  const rename = (to: (id: string) => string) => {
    for (const { el, name, value } of holders) el.setAttribute(name, value(to));
  };
  let base = prefix;
  if (base === undefined) {
    rename(() => "plot-id");
    base = `al-${fnv1a(svg.outerHTML)}`;
  }
  rename((id) => `${base}-${renamed.get(id)}`);
  return svg.outerHTML;
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
