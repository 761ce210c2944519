import { checkOptions } from "../kernels/validate.js";
import { checkInteger } from "./check.js";
import { arrayOf, type Dtype } from "./dtype.js";
import { layerStats } from "./layerStats.js";
import { meanSquaredError } from "./meanSquaredError.js";
import { type Rng, rngOf } from "./rng.js";
import { checkModel, type Sequential } from "./sequential.js";

export interface InputGradientRatioOptions {
  /** Rows of the batch, inputs and targets drawn from N(0, 1); default 64. */
  rows?: number;
  /** A seed or a generator for the batch; default 0. */
  seed?: number | Rng;
}

/**
 * How much of the gradient that reaches the last layer's input survives to the model's input,
 * ‖∂L/∂h₀‖ / ‖∂L/∂h_N‖ (h_N the input of the last layer, h₀ = x), for one batch of `rows`
 * inputs and targets drawn from N(0, 1) (inputs first, then targets), mean-squared error: one
 * forward and one backward pass, no update. ≪ 1: the gradient vanishes on the way to the input;
 * ≫ 1: it explodes. The measurement of measureActivations' `inputGradientRatio` and of the lab's
 * init-gain sweep, for any model (an MLP, pre-norm residual blocks…).
 *
 * @example
 * const deep = mlp({ sizes: [32, ...new Array(10).fill(32), 1], activation: "sigmoid", init: glorotUniform, seed: 1 });
 * inputGradientRatio(deep, { seed: 2 }) // => 3.5e-7 (σ′ ≤ 1/4 in each of 10 layers)
 */
export function inputGradientRatio<D extends Dtype>(
  model: Sequential<D>,
  options: InputGradientRatioOptions = {},
): number {
  const fn = "inputGradientRatio";
  checkModel(fn, model);
  const { rows = 64, seed = 0 } = checkOptions(fn, options);
  checkInteger(fn, "rows", rows, 1, 1_000_000);
  const data = rngOf(fn, "seed", seed);
  const x = arrayOf(model.dtype, rows * model.inputSize);
  for (let i = 0; i < x.length; i++) x[i] = data.normal();
  const y = arrayOf(model.dtype, rows * model.outputSize);
  for (let i = 0; i < y.length; i++) y[i] = data.normal();
  const output = model.forward(x, rows);
  const grad = arrayOf(model.dtype, output.length);
  meanSquaredError(output, y, grad);
  model.backward(grad);
  const stats = layerStats(model);
  return stats[0].inputGradNorm / stats[stats.length - 1].inputGradNorm;
}
