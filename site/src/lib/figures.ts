/**
 * What each figure of the post draws: the chart (built with @activation-lab/charts and rendered
 * to SVG at build time) and the island that may enhance it in the browser. The islands redraw
 * with exactly the options used here, so the server's SVG and the browser's redraw agree.
 */
import { activationChart, renderSvg } from "@activation-lab/charts";
import { type ActivationId, activations } from "@activation-lab/core";
import { safeHtml } from "./safe-html";
import type { SectionKey } from "./sections";

/** The island of an activation figure, passed to the browser as JSON (data-island). */
export interface ActivationIslandConfig {
  kind: "activation";
  id: ActivationId;
  /** the other curve a "variant" toggle switches to (GELU: its tanh approximation) */
  variant?: { id: ActivationId; label: string };
  /** the slider, for activations with a parameter */
  slider?: { name: "alpha" | "beta"; symbol: string; min: number; max: number; step: number; value: number };
  xDomain: [number, number];
  yDomain: [number, number];
  width: number;
  height: number;
  title: string;
}

export interface ActivationFigureSpec {
  svg: string;
  /** formulas of f and f′ (LaTeX), shown under the chart */
  formulas: { label: string; latex: string }[];
  island: ActivationIslandConfig;
  caption: string;
}

/** The slider's step per activation: its range is the registry's `param.typical`. */
const sliderSteps: Partial<Record<ActivationId, number>> = { leakyRelu: 0.01, elu: 0.05, swish: 0.1 };

const symbols = { alpha: "α", beta: "β" } as const;

/** The activation each section's figure draws, and a title for it. */
const sectionActivation: Partial<
  Record<SectionKey, { id: ActivationId; name?: string; variant?: ActivationId }>
> = {
  sigmoid: { id: "sigmoid" },
  tanh: { id: "tanh" },
  relu: { id: "relu" },
  "leaky-relu-prelu": { id: "leakyRelu", name: "Leaky ReLU / PReLU" },
  elu: { id: "elu" },
  swish: { id: "swish" },
  gelu: { id: "gelu", variant: "geluTanh" },
};

/** The chart, formulas and island of an activation section's figure. */
export function activationFigure(section: SectionKey): ActivationFigureSpec {
  const spec = sectionActivation[section];
  if (!spec) throw new Error(`activationFigure: section must have an activation, got ${section}`);
  const info = activations[spec.id];
  const name = spec.name ?? info.name.ko;
  const title = `${name}: 함수와 도함수`;
  const step = sliderSteps[spec.id];
  const slider =
    info.param && step
      ? {
          name: info.param.name,
          symbol: symbols[info.param.name],
          min: info.param.typical[0],
          max: info.param.typical[1],
          step,
          value: info.param.default,
        }
      : undefined;
  // "typical": the y range also holds the curves across the slider's range, so the axes stay put
  const chart = activationChart(spec.id, { title, yDomain: "typical" });
  const yDomain: [number, number] = [chart.y.domain![0], chart.y.domain![1]];
  const variant = spec.variant ? { id: spec.variant, label: activations[spec.variant].name.ko } : undefined;
  const formulas = [
    { label: "f(x)", latex: `f(x) = ${info.latex}` },
    { label: "f′(x)", latex: `f'(x) = ${info.gradLatex}` },
  ];
  return {
    svg: safeHtml(renderSvg(chart)),
    formulas,
    caption: chart.ariaDescription,
    island: {
      kind: "activation",
      id: spec.id,
      ...(variant ? { variant } : {}),
      ...(slider ? { slider } : {}),
      xDomain: [chart.x.domain![0], chart.x.domain![1]],
      yDomain,
      width: chart.layout.width,
      height: chart.layout.height,
      title,
    },
  };
}
