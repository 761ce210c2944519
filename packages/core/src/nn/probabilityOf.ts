import { sigmoid } from "../scalar/index.js";
import { checkInteger } from "./check.js";
import { arrayOf, type Dtype } from "./dtype.js";
import { checkModel, type Sequential } from "./sequential.js";

/**
 * A function of one sample's inputs giving the model's probability of class `label`: σ(z) of a
 * single logit (label 1; 1 − σ(z) for label 0), or the softmax of several logits, computed from
 * the largest logit down so nothing overflows. For charts that evaluate a model on a grid, such
 * as a decision boundary.
 *
 * @example
 * const p = probabilityOf(model); // a classifier of 2-D points
 * p(0.5, -1) // => the probability of class 1 at (0.5, −1)
 */
export function probabilityOf<D extends Dtype>(
  model: Sequential<D>,
  label = 1,
): (...inputs: number[]) => number {
  checkModel("probabilityOf", model);
  const k = model.outputSize;
  const classes = k === 1 ? 2 : k;
  checkInteger("probabilityOf", "label", label, 0, classes - 1);
  const x = arrayOf(model.dtype, model.inputSize);
  return (...inputs) => {
    if (inputs.length !== model.inputSize) {
      throw new RangeError(`probabilityOf: the model takes ${model.inputSize} inputs, got ${inputs.length}`);
    }
    x.set(inputs);
    const z = model.forward(x, 1);
    if (k === 1) return label === 1 ? sigmoid(z[0]) : sigmoid(-z[0]);
    let max = -Infinity;
    for (let j = 0; j < k; j++) max = Math.max(max, z[j]);
    let sum = 0;
    for (let j = 0; j < k; j++) sum += Math.exp(z[j] - max);
    return Math.exp(z[label] - max) / sum;
  };
}
