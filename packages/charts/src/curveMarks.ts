import * as Plot from "@observablehq/plot";

/** What curveMarks draws: sampled x and one styled series of values per curve. */
export interface Curves {
  x: Float64Array;
  series: readonly {
    values: ArrayLike<number>;
    color: string;
    dash: string | undefined;
    className: string;
  }[];
}

/**
 * The marks of a chart of activation curves: the two axes through 0, then one clipped line per
 * series, in the colours, dashes and class names the browser islands redraw by.
 */
export function curveMarks({ x, series }: Curves): Plot.Markish[] {
  return [
    Plot.ruleY([0], { stroke: "currentColor", strokeOpacity: 0.35 }),
    Plot.ruleX([0], { stroke: "currentColor", strokeOpacity: 0.35 }),
    ...series.map((s) =>
      Plot.lineY(s.values, {
        x,
        stroke: s.color,
        strokeWidth: 2,
        strokeDasharray: s.dash,
        className: s.className,
        clip: true,
      }),
    ),
  ];
}
