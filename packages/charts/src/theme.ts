import * as check from "./validate.js";

/**
 * Series colours legible on light and dark backgrounds.
 *
 * Each colour has a contrast ratio of at least 3:1 (WCAG 1.4.11, graphical objects) against both
 * white and #1e1e1e, so a chart reads in either theme without changing its colours. Text, axes and
 * grid lines use `currentColor` and follow the page's text colour.
 *
 * @example palette[0] // => "#3b6fd8"
 */
export const palette: readonly string[] = [
  "#3b6fd8", // blue
  "#d9531e", // orange
  "#1b9e77", // green
  "#c23b8a", // magenta
  "#8a6d00", // ochre
  "#7b61c9", // violet
  "#0f8fa3", // teal
  "#dc2626", // red
];

/** The dash pattern of the derivative f′ (and of series past the palette's length). */
export const dashPattern = "5 3";

/**
 * The colour of series `index`: a CSS variable `--al-chart-series-N` (N from 1) falling back to
 * the palette, so a page can retune colours per theme; the palette repeats past its length.
 *
 * @example seriesColor(0) // => "var(--al-chart-series-1, #3b6fd8)"
 */
export function seriesColor(index: number): string {
  check.integer("seriesColor", "index", index, 0, Number.MAX_SAFE_INTEGER);
  const i = index % palette.length;
  return `var(--al-chart-series-${i + 1}, ${palette[i]})`;
}

/**
 * The dash pattern of series `index` in a chart where colours alone could repeat: solid for the
 * first round of the palette, dashed after it.
 *
 * @example seriesDash(9) // => "5 3"
 */
export function seriesDash(index: number): string | undefined {
  check.integer("seriesDash", "index", index, 0, Number.MAX_SAFE_INTEGER);
  return index >= palette.length ? dashPattern : undefined;
}
