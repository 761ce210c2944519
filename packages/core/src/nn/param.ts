import { checkBoolean, checkInteger, describe, MAX_PARAMETERS } from "./check.js";

/**
 * A learnable parameter: its values and the gradient of the loss with respect to them, side by
 * side, plus whether optimisers apply weight decay to it.
 */
export interface Param {
  /** Where it lives, for diagnostics and errors: "dense 1 weight", "prelu 2 alpha". */
  readonly name: string;
  readonly value: Float64Array;
  /** ∂L/∂value from the last backward pass (overwritten, not accumulated). */
  readonly grad: Float64Array;
  /** Whether weight decay applies (false for PReLU's α and Swish's β, as PyTorch advises). */
  readonly weightDecay: boolean;
}

/**
 * A parameter of `size` zeros with a zero gradient.
 *
 * @example createParam("dense 1 bias", 3).value // => Float64Array [0, 0, 0]
 */
export function createParam(name: string, size: number, weightDecay = true): Param {
  if (typeof name !== "string")
    throw new TypeError(`createParam: name must be a string, got ${describe(name)}`);
  checkInteger("createParam", "size", size, 0, MAX_PARAMETERS);
  checkBoolean("createParam", "weightDecay", weightDecay);
  return { name, value: new Float64Array(size), grad: new Float64Array(size), weightDecay };
}
