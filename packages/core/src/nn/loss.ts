import { checkFloatArray } from "../kernels/validate.js";
import { describe } from "./check.js";
import { type ArrayOf, checkArrayOf, type Dtype, dtypeOf } from "./dtype.js";

/**
 * A loss: reads the model's output (one row per sample) and the targets, returns the mean loss
 * over the batch and, when `grad` is given, writes ∂loss/∂output into it (same length as output).
 * The arrays are of the model's dtype; the toolkit's losses are `Loss<Dtype>`, for either.
 */
export type Loss<D extends Dtype = "float64"> = (
  output: ArrayOf<D>,
  target: ArrayOf<D>,
  grad?: ArrayOf<D>,
) => number;

/**
 * Throws unless output is a Float64Array or Float32Array and target and grad arrays of its type
 * (a TypeError), output is not empty and, with `sameLength`, target is as long as output, and
 * `grad` is absent or as long as output (a TypeError for a type or a detached buffer, a
 * RangeError for a length).
 */
export function checkLossArrays(
  where: string,
  output: ArrayOf<Dtype>,
  target: ArrayOf<Dtype>,
  grad: ArrayOf<Dtype> | undefined,
  sameLength = true,
): void {
  const dtype = dtypeOf(checkFloatArray(where, "output", output));
  if (output.length === 0)
    throw new RangeError(`${where}: output must not be empty, got ${describe(output)}`);
  checkArrayOf(where, "target", dtype, target, sameLength ? output.length : undefined);
  if (grad !== undefined) checkArrayOf(where, "grad", dtype, grad, output.length);
}
