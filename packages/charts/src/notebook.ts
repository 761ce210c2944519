// @activation-lab/charts/notebook: show a chart in a Jupyter notebook running the tslab kernel.

import { createRequire } from "node:module";
import type { Chart } from "./chart.js";
import { type RenderSvgOptions, render } from "./renderSvg.js";
import * as check from "./validate.js";

/** The part of tslab's `display` that {@link show} uses. */
export interface NotebookDisplay {
  svg(svg: string): void;
}

/** Options of {@link show}. */
export interface ShowOptions extends RenderSvgOptions {
  /** tslab's display (`import * as tslab from "tslab"; tslab.display`); default: the running kernel's. */
  display?: NotebookDisplay | undefined;
}

const require = createRequire(import.meta.url);

/**
 * Shows a chart as the output of the current notebook cell: renders it with {@link renderSvg}
 * and sends it through tslab's display as one `image/svg+xml` output, which Jupyter, VS Code,
 * GitHub and nbconvert all render, and which the site inlines as the same SVG it builds itself.
 *
 * The display is the running tslab kernel's own (found among the modules the kernel loaded), so
 * this package needs no dependency on tslab; pass `display` to choose another.
 *
 * @example show(activationChart("sigmoid")) // shows the chart under the cell
 */
export function show(chart: Chart | string, options: ShowOptions = {}): void {
  check.object("show", "options", options);
  const { display } = options;
  if (display !== undefined && typeof (display as Partial<NotebookDisplay> | null)?.svg !== "function") {
    check.fail("show", "display", "tslab's display, an object with an svg(svg) method", display, true);
  }
  const svg = typeof chart === "string" ? chart : render("show", chart, options);
  (display ?? kernelDisplay()).svg(svg);
}

/** tslab's `display`, from the tslab installation that runs this process as a Jupyter kernel. */
function kernelDisplay(): NotebookDisplay {
  const loaded = Object.keys(require.cache).find((file) => /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(file));
  if (loaded === undefined) {
    throw new Error(
      "show: no running tslab kernel found; in a notebook cell pass tslab's display, " +
        'show(chart, { display: tslab.display }) after `import * as tslab from "tslab"`, ' +
        "or call renderSvg(chart) outside Jupyter",
    );
  }
  return (createRequire(loaded)("./public.js") as { display: NotebookDisplay }).display;
}
