import { sigmoid, softplus } from "../scalar/index.js";
import { describe } from "./check.js";
import type { Dtype } from "./dtype.js";
import { checkLossArrays, type Loss } from "./loss.js";

/**
 * Binary cross-entropy on logits z with targets t ∈ [0, 1], averaged over elements, as PyTorch's
 * `BCEWithLogitsLoss`. Soft labels (any t in [0, 1], label smoothing) are accepted; a target
 * outside [0, 1] or NaN is a RangeError (t = 7 would give a loss that goes to −∞ as z grows):
 *
 *   L = (1/N) Σ [ t · softplus(−z) + (1 − t) · softplus(z) ],   ∂L/∂z = (σ(z) − t) / N.
 *
 * Written as a sum of two softplus terms (never log σ(z)), each non-negative, so a confident
 * right answer costs e^(−|z|) rather than rounding to 0 or overflowing.
 *
 * @example binaryCrossEntropyWithLogits(Float64Array.of(0), Float64Array.of(1)) // => Math.LN2
 */
export const binaryCrossEntropyWithLogits: Loss<Dtype> = (output, target, grad) => {
  checkLossArrays("binaryCrossEntropyWithLogits", output, target, grad);
  const n = output.length;
  for (let i = 0; i < n; i++) {
    if (!(target[i] >= 0 && target[i] <= 1)) {
      throw new RangeError(
        `binaryCrossEntropyWithLogits: target[${i}] must be a probability in [0, 1], got ${describe(target[i])}`,
      );
    }
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const z = output[i];
    const t = target[i];
    // a term whose weight is 0 is 0, also where its softplus is ∞ (z = ±∞ with the right label)
    sum += (t === 0 ? 0 : t * softplus(-z)) + (t === 1 ? 0 : (1 - t) * softplus(z));
    if (grad) grad[i] = (sigmoid(z) - t) / n;
  }
  return sum / n;
};
