// @activation-lab/charts/notebook: show a chart in a Jupyter notebook running the tslab kernel.

import { createRequire } from "node:module";
import { join } from "node:path";
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

/**
 * Shows a chart as the output of the current notebook cell: renders it with `renderSvg`
 * and sends it through tslab's display as one `image/svg+xml` output, which Jupyter, VS Code,
 * GitHub and nbconvert all render, and which the site inlines as the same SVG it builds itself.
 *
 * The display is tslab's public `display`, from the tslab a notebook cell's `import "tslab"`
 * gets (resolved from the kernel's working folder, as tslab resolves a cell's imports) or else
 * the tslab that started the kernel; so this package needs no dependency on tslab. Pass `display`
 * to choose another.
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
  if (display !== undefined) {
    display.svg(svg);
    return;
  }
  try {
    kernelDisplay().svg(svg);
  } catch (cause) {
    // no tslab to be found, or tslab's display outside a kernel ("Not ready")
    throw new Error(
      "show: no running tslab kernel found; in a notebook cell pass tslab's display, " +
        'show(chart, { display: tslab.display }) after `import * as tslab from "tslab"`, ' +
        "or call renderSvg(chart) outside Jupyter",
      { cause },
    );
  }
}

/**
 * tslab's public `display`: tslab as a cell imports it (from the kernel's working folder), or
 * the tslab whose script started this process. Throws where neither resolves.
 */
function kernelDisplay(): NotebookDisplay {
  const from = [join(process.cwd(), "notebook.js"), process.argv[1]].filter((f) => f !== undefined);
  for (const file of from) {
    try {
      return (createRequire(file)("tslab") as { display: NotebookDisplay }).display;
    } catch {
      // not installed there: try the next place
    }
  }
  throw new Error(`tslab is not installed where the kernel runs (${from.join(", ")})`);
}
