import type { FloatArray } from "../kernels/FloatArray.js";
import { checkFloatArray } from "../kernels/validate.js";
import { checkFinite, checkInteger } from "./check.js";
import type { Dtype } from "./dtype.js";
import { checkModel, type Sequential } from "./sequential.js";

/** Statistics of one layer for one step (its mini-batch) or one epoch (the whole set). */
export interface LayerStats {
  /** Position in the model, from 0. */
  readonly layer: number;
  readonly label: string;
  /** Mean and standard deviation of the nonlinearity's input over rows × units. */
  readonly preMean: number;
  readonly preStd: number;
  /** Mean and standard deviation of the layer's output. */
  readonly postMean: number;
  readonly postStd: number;
  /** Share of units whose slope |f′| ≤ deadThreshold on every row: dead for these rows (0 for a linear layer). */
  readonly deadFraction: number;
  /** Euclidean norm of ∂L/∂θ over all the layer's parameters (0 when it has none). */
  readonly gradNorm: number;
  /** Euclidean norm of ∂L/∂x, the gradient reaching the layer's input (what flows on to the layer below). */
  readonly inputGradNorm: number;
  /** Euclidean norm of all the layer's parameters. */
  readonly paramNorm: number;
}

function meanStd(a: FloatArray): [number, number] {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i];
  const mean = sum / a.length;
  let sq = 0;
  for (let i = 0; i < a.length; i++) sq += (a[i] - mean) * (a[i] - mean);
  return [mean, Math.sqrt(sq / a.length)];
}

function norm(arrays: readonly FloatArray[]): number {
  let sq = 0;
  for (const a of arrays) for (let i = 0; i < a.length; i++) sq += a[i] * a[i];
  return Math.sqrt(sq);
}

/**
 * Share of the `units` columns of a rows × units slope matrix whose |slope| ≤ threshold in every
 * row: the units that passed no gradient for any of these rows.
 *
 * @example deadFraction(Float64Array.of(0, 1, 0, 0), 2, 2) // => 0.5 (unit 0 is 0 in both rows)
 */
export function deadFraction(slope: FloatArray, rows: number, units: number, threshold = 0): number {
  checkInteger("deadFraction", "rows", rows, 0);
  checkInteger("deadFraction", "units", units, 1);
  checkFloatArray("deadFraction", "slope", slope);
  if (slope.length !== rows * units) {
    throw new RangeError(`deadFraction: slope must have length ${rows * units}, got ${slope.length}`);
  }
  checkFinite("deadFraction", "threshold", threshold, 0);
  let dead = 0;
  for (let j = 0; j < units; j++) {
    let alive = false;
    for (let i = 0; i < rows && !alive; i++) alive = Math.abs(slope[i * units + j]) > threshold;
    if (!alive) dead++;
  }
  return dead / units;
}

/**
 * Per-layer statistics of the model's last forward and backward pass: pre-activation and output
 * mean/std, share of dead units over the rows of that pass, norms of the parameters, of their
 * gradient and of the gradient reaching the layer's input (NaN before any backward pass).
 *
 * A unit is dead over a set of rows when its nonlinearity's slope |f′(z)| is at most
 * `deadThreshold` (default 0: exactly no gradient) on every row — a ReLU unit whose z ≤ 0
 * everywhere. Slopes come from the activation kernels.
 *
 * @example layerStats(model).map((s) => s.gradNorm) // => one norm per layer
 */
export function layerStats<D extends Dtype>(model: Sequential<D>, deadThreshold = 0): LayerStats[] {
  checkModel("layerStats", model);
  checkFinite("layerStats", "deadThreshold", deadThreshold, 0);
  return model.layers.map((layer, index) => {
    const probe = layer.probe();
    const [preMean, preStd] = meanStd(probe.pre);
    const [postMean, postStd] = meanStd(probe.post);
    const slope = probe.slope();
    return {
      layer: index,
      label: layer.label,
      preMean,
      preStd,
      postMean,
      postStd,
      deadFraction: slope === null ? 0 : deadFraction(slope, probe.rows, probe.units, deadThreshold),
      gradNorm: norm(layer.params.map((p) => p.grad)),
      inputGradNorm: model.inputGrads[index] ? norm([model.inputGrads[index]]) : Number.NaN,
      paramNorm: norm(layer.params.map((p) => p.value)),
    };
  });
}
