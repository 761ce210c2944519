import { checkFloat64Array, describe } from "./check.js";

/**
 * A loss: reads the model's output (one row per sample) and the targets, returns the mean loss
 * over the batch and, when `grad` is given, writes ∂loss/∂output into it (same length as output).
 */
export type Loss = (output: Float64Array, target: Float64Array, grad?: Float64Array) => number;

/**
 * Throws unless output and target are Float64Arrays (a TypeError), output is not empty and, with
 * `sameLength`, target is as long as output, and `grad` is absent or a Float64Array as long as
 * output (a TypeError for a type or a detached buffer, a RangeError for a length).
 */
export function checkLossArrays(
  where: string,
  output: Float64Array,
  target: Float64Array,
  grad: Float64Array | undefined,
  sameLength = true,
): void {
  checkFloat64Array(where, "output", output);
  if (output.length === 0)
    throw new RangeError(`${where}: output must not be empty, got ${describe(output)}`);
  checkFloat64Array(where, "target", target, sameLength ? output.length : undefined);
  if (grad !== undefined) checkFloat64Array(where, "grad", grad, output.length);
}
