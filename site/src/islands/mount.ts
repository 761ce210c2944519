/**
 * The islands of the post's figures, loaded when a figure first scrolls into view. Each enhances
 * a chart that was rendered to SVG at build time: it shows the figure's controls (hidden without
 * JavaScript, where they could do nothing) and redraws the chart's curves in place.
 */

import type { ComparisonIslandConfig } from "../lib/comparison";
import type { ActivationIslandConfig } from "../lib/figures";
import { mountActivation } from "./activation";
import { mountComparison } from "./comparison";

export function mount(figure: HTMLElement): void {
  const config = JSON.parse(figure.dataset.island ?? "null") as
    | ActivationIslandConfig
    | ComparisonIslandConfig
    | null;
  if (config?.kind === "activation") mountActivation(figure, config);
  else if (config?.kind === "comparison") mountComparison(figure, config);
}
