import type { FloatArray } from "../kernels/FloatArray.js";
import { checkFloatArray } from "../kernels/validate.js";
import { checkInteger } from "./check.js";

/**
 * Share of rows whose predicted class equals the label: the argmax of each row's outputs, or,
 * with a single output (a logit), class 1 where it is positive.
 *
 * @example accuracy(Float64Array.of(2, -1, -3, 0.5), Float64Array.of(0, 1), 2) // => 1
 */
export function accuracy(output: FloatArray, labels: FloatArray, outputs: number): number {
  checkFloatArray("accuracy", "labels", labels);
  if (labels.length === 0) throw new RangeError("accuracy: labels must hold at least one label, got 0");
  checkInteger("accuracy", "outputs", outputs, 1);
  checkFloatArray("accuracy", "output", output);
  if (output.length !== labels.length * outputs) {
    throw new RangeError(
      `accuracy: output must have length ${labels.length * outputs}, got ${output.length}`,
    );
  }
  let right = 0;
  for (let i = 0; i < labels.length; i++) {
    let predicted = 0;
    if (outputs === 1) {
      predicted = output[i] > 0 ? 1 : 0;
    } else {
      for (let j = 1; j < outputs; j++)
        if (output[i * outputs + j] > output[i * outputs + predicted]) predicted = j;
    }
    if (predicted === labels[i]) right++;
  }
  return right / labels.length;
}
