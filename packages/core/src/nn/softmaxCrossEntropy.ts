import type { Dtype } from "./dtype.js";
import { checkLossArrays, type Loss } from "./loss.js";

/**
 * Softmax cross-entropy on logits with integer class labels, averaged over rows, as PyTorch's
 * `CrossEntropyLoss`. The output has one row of k logits per label (k = output.length / rows).
 *
 *   L = (1/n) Σᵢ [ log Σⱼ e^(zᵢⱼ) − zᵢ,yᵢ ],   ∂L/∂zᵢⱼ = (softmax(zᵢ)ⱼ − [j = yᵢ]) / n.
 *
 * The log-sum-exp subtracts the row's maximum m first, log Σ e^z = m + log Σ e^(z − m), so no
 * exponential overflows and the largest term is exactly 1.
 *
 * @example softmaxCrossEntropy(Float64Array.of(0, 0), Float64Array.of(1)) // => Math.LN2
 */
export const softmaxCrossEntropy: Loss<Dtype> = (output, target, grad) => {
  checkLossArrays("softmaxCrossEntropy", output, target, grad, false);
  const rows = target.length;
  if (rows === 0 || output.length % rows !== 0 || output.length < 2 * rows) {
    throw new RangeError(
      `softmaxCrossEntropy: output must hold k ≥ 2 logits for each label of target, got ${output.length} logits for ${rows}`,
    );
  }
  const k = output.length / rows;
  // every label first, so that a bad one throws before grad is written
  for (let i = 0; i < rows; i++) {
    const label = target[i];
    if (!Number.isInteger(label) || label < 0 || label >= k) {
      throw new RangeError(
        `softmaxCrossEntropy: target[${i}] must be a class index in [0, ${k}), got ${label}`,
      );
    }
  }
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    const label = target[i];
    const row = i * k;
    let max = -Infinity;
    for (let j = 0; j < k; j++) max = Math.max(max, output[row + j]);
    let sumExp = 0;
    for (let j = 0; j < k; j++) sumExp += Math.exp(output[row + j] - max);
    const logSumExp = max + Math.log(sumExp);
    sum += logSumExp - output[row + label];
    if (grad) {
      for (let j = 0; j < k; j++) {
        const softmax = Math.exp(output[row + j] - logSumExp);
        grad[row + j] = (softmax - (j === label ? 1 : 0)) / rows;
      }
    }
  }
  return sum / rows;
};
