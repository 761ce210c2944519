import { checkFloat64Array } from "./check.js";

/**
 * A loss: reads the model's output (one row per sample) and the targets, returns the mean loss
 * over the batch and, when `grad` is given, writes ∂loss/∂output into it (same length as output).
 */
export type Loss = (output: Float64Array, target: Float64Array, grad?: Float64Array) => number;

/**
 * Throws unless output and target are Float64Arrays (a TypeError) and `grad` is absent or a
 * Float64Array as long as `output` (a TypeError for its type or a detached buffer, a RangeError
 * for its length).
 */
export function checkLossArrays(
  where: string,
  output: Float64Array,
  target: Float64Array,
  grad: Float64Array | undefined,
): void {
  checkFloat64Array(where, "output", output);
  checkFloat64Array(where, "target", target);
  if (grad !== undefined) checkFloat64Array(where, "grad", grad, output.length);
}
