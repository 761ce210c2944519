import * as check from "./validate.js";

/** A chart's size and margins in pixels; the plot frame is the rectangle inside the margins. */
export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly marginTop: number;
  readonly marginRight: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
}

/** One entry of a chart's legend, drawn inside the SVG under the title. */
export interface LegendItem {
  readonly label: string;
  readonly color: string;
  /** SVG `stroke-dasharray` of a line swatch; undefined for a solid line. */
  readonly dash?: string | undefined;
  /** How the swatch is drawn: a line (default) or a filled square. */
  readonly swatch?: "line" | "square";
}

/** Where one legend item sits: the swatch starts at x, centred vertically on y. */
export interface LegendPosition {
  readonly x: number;
  readonly y: number;
}

/** The sizes every chart shares; a builder's `width`/`height` options override the first two. */
export const chartDefaults = {
  width: 640,
  height: 400,
  marginRight: 20,
  marginBottom: 40,
  marginLeft: 52,
  /** Baseline of the title, from the top edge. */
  titleBaseline: 18,
  titleFontSize: 15,
  /** Height of the title band: the first legend row starts below it. */
  titleHeight: 26,
  legendRowHeight: 18,
  legendFontSize: 11,
  legendSwatchWidth: 20,
  /** Space above the frame for the y-axis label that Plot draws there. */
  axisLabelSpace: 24,
} as const;

/**
 * Estimated width in pixels of `text` at `fontSize` in a system sans-serif font: Hangul and other
 * wide characters take about one em, the rest about 0.58 em. Used only to wrap legend rows.
 *
 * @example textWidth("ReLU", 10) // => 23.2
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/u.test(ch) ? 1 : 0.58;
  return Math.round(ems * fontSize * 10) / 10;
}

/**
 * Places legend items left to right from the frame's left edge, wrapping to a new row when the
 * next item would pass the frame's right edge. Returns each item's position and the row count.
 */
export function legendPositions(
  legend: readonly LegendItem[],
  width: number,
  marginLeft: number,
  marginRight: number,
): { positions: LegendPosition[]; rows: number } {
  const d = chartDefaults;
  const positions: LegendPosition[] = [];
  let x = marginLeft;
  let row = 0;
  for (const item of legend) {
    const itemWidth = d.legendSwatchWidth + 6 + textWidth(item.label, d.legendFontSize);
    if (x > marginLeft && x + itemWidth > width - marginRight) {
      row += 1;
      x = marginLeft;
    }
    positions.push({ x, y: d.titleHeight + row * d.legendRowHeight + d.legendRowHeight / 2 });
    x += itemWidth + 16;
  }
  return { positions, rows: legend.length === 0 ? 0 : row + 1 };
}

/**
 * The layout of a chart with a title and `legend`: the top margin holds the title, the legend
 * rows and the y-axis label.
 *
 * @example chartLayout({ legend: [] }).marginTop // => 50
 */
export function chartLayout(options: {
  legend: readonly LegendItem[];
  width?: number | undefined;
  height?: number | undefined;
}): ChartLayout {
  const fn = "chartLayout";
  check.object(fn, "options", options);
  if (!Array.isArray(options.legend))
    check.fail(fn, "legend", "an array of { label, color }", options.legend, true);
  options.legend.forEach((item, i) => {
    check.object(fn, `legend[${i}]`, item, "{ label, color }");
    if (typeof item.label !== "string") check.fail(fn, `legend[${i}].label`, "a string", item.label, true);
  });
  const size = check.size(fn, options);
  const d = chartDefaults;
  const width = size.width ?? d.width;
  const height = size.height ?? d.height;
  const { rows } = legendPositions(options.legend, width, d.marginLeft, d.marginRight);
  return {
    width,
    height,
    marginTop: d.titleHeight + rows * d.legendRowHeight + d.axisLabelSpace,
    marginRight: d.marginRight,
    marginBottom: d.marginBottom,
    marginLeft: d.marginLeft,
  };
}
