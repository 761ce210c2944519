import { checkOptions } from "../kernels/validate.js";
import { accuracy } from "./accuracy.js";
import { checkFinite, checkFunction } from "./check.js";
import { checkDataset, type Dataset } from "./dataset.js";
import { arrayOf, type Dtype, toDtype } from "./dtype.js";
import { type LayerStats, layerStats } from "./layerStats.js";
import type { Loss } from "./loss.js";
import { checkModel, type Sequential } from "./sequential.js";

/** What {@link inspect} returns: the whole set's loss, accuracy and per-layer statistics. */
export interface Inspection {
  readonly loss: number;
  /** Share classified right; null for a regression set. */
  readonly accuracy: number | null;
  readonly layers: readonly LayerStats[];
}

/**
 * One forward and backward pass of the whole data set, with no update: the loss, the accuracy and
 * per-layer statistics (dead units over every sample, gradient norms of the whole set's loss).
 * Before any training it shows how gradients shrink or grow through depth at initialisation. A
 * float32 model reads the (float64) data set rounded to float32.
 *
 * @example
 * const model = mlp({ sizes: [2, 32, 32, 32, 32, 2], activation: "sigmoid", seed: 1 });
 * inspect(model, { data: spirals(), loss: softmaxCrossEntropy }).layers.map((l) => l.gradNorm) // => shrinking towards the input
 */
export function inspect<D extends Dtype>(
  model: Sequential<D>,
  options: { data: Dataset; loss: Loss<D>; deadThreshold?: number },
): Inspection {
  checkModel("inspect", model);
  const { data, loss, deadThreshold = 0 } = checkOptions("inspect", options, true);
  checkDataset("inspect", data);
  checkFunction("inspect", "loss", loss);
  checkFinite("inspect", "deadThreshold", deadThreshold, 0);
  if (data.features !== model.inputSize) {
    throw new RangeError(
      `inspect: the model takes ${model.inputSize} inputs, but data ${data.name} has ${data.features} features`,
    );
  }
  // the data set is float64: a float32 model reads it rounded
  const output = model.forward(toDtype(data.x, model.dtype), data.rows);
  const grad = arrayOf(model.dtype, output.length);
  const value = loss(output, toDtype(data.y, model.dtype), grad);
  model.backward(grad);
  return {
    loss: value,
    accuracy: data.classes === null ? null : accuracy(output, data.y, model.outputSize),
    layers: layerStats(model, deadThreshold),
  };
}
