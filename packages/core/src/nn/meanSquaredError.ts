import type { Dtype } from "./dtype.js";
import { checkLossArrays, type Loss } from "./loss.js";

/**
 * Mean squared error over every element, L = (1/N) Σ (output − target)², as PyTorch's
 * `MSELoss(reduction="mean")`; ∂L/∂output = 2 (output − target) / N.
 *
 * @example meanSquaredError(Float64Array.of(1, 2), Float64Array.of(0, 0)) // => 2.5
 */
export const meanSquaredError: Loss<Dtype> = (output, target, grad) => {
  checkLossArrays("meanSquaredError", output, target, grad);
  const n = output.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const diff = output[i] - target[i];
    sum += diff * diff;
    if (grad) grad[i] = (2 * diff) / n;
  }
  return sum / n;
};
