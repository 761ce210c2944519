import { sigmoid, softplus } from "../scalar/index.js";
import { checkGrad, type Loss } from "./loss.js";

/**
 * Binary cross-entropy on logits z with targets t ∈ [0, 1], averaged over elements, as PyTorch's
 * `BCEWithLogitsLoss`:
 *
 *   L = (1/N) Σ [ t · softplus(−z) + (1 − t) · softplus(z) ],   ∂L/∂z = (σ(z) − t) / N.
 *
 * Written as a sum of two softplus terms (never log σ(z)), each non-negative, so a confident
 * right answer costs e^(−|z|) rather than rounding to 0 or overflowing.
 *
 * @example binaryCrossEntropyWithLogits(Float64Array.of(0), Float64Array.of(1)) // => Math.LN2
 */
export const binaryCrossEntropyWithLogits: Loss = (output, target, grad) => {
  if (output.length !== target.length || output.length === 0) {
    throw new RangeError(
      `binaryCrossEntropyWithLogits: output and target must have the same non-zero length, got ${output.length} and ${target.length}`,
    );
  }
  checkGrad("binaryCrossEntropyWithLogits", output, grad);
  const n = output.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const z = output[i];
    const t = target[i];
    sum += t * softplus(-z) + (1 - t) * softplus(z);
    if (grad) grad[i] = (sigmoid(z) - t) / n;
  }
  return sum / n;
};
