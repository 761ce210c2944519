/**
 * A loss: reads the model's output (one row per sample) and the targets, returns the mean loss
 * over the batch and, when `grad` is given, writes ∂loss/∂output into it (same length as output).
 */
export type Loss = (output: Float64Array, target: Float64Array, grad?: Float64Array) => number;

/** Throws unless `grad` is absent or a Float64Array as long as `output`. */
export function checkGrad(where: string, output: Float64Array, grad: Float64Array | undefined): void {
  if (grad !== undefined && (!(grad instanceof Float64Array) || grad.length !== output.length)) {
    const got = grad instanceof Float64Array ? `length ${grad.length}` : String(grad);
    throw new RangeError(`${where}: grad must be a Float64Array of length ${output.length}, got ${got}`);
  }
}
