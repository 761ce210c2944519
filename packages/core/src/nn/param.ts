import { checkBoolean, checkInteger, describe, MAX_PARAMETERS } from "./check.js";
import { type ArrayOf, arrayOf, checkDtype, type Dtype } from "./dtype.js";
import type { Fan, Initializer } from "./initializers.js";
import type { Rng } from "./rng.js";

/**
 * A learnable parameter: its values and the gradient of the loss with respect to them, side by
 * side, plus whether optimisers apply weight decay to it. Both arrays are of the model's dtype.
 */
export interface Param<D extends Dtype = "float64"> {
  /** Where it lives, for diagnostics and errors: "dense 1 weight", "prelu 2 alpha". */
  readonly name: string;
  readonly value: ArrayOf<D>;
  /** ∂L/∂value from the last backward pass (overwritten, not accumulated). */
  readonly grad: ArrayOf<D>;
  /** Whether weight decay applies (false for PReLU's α and Swish's β, as PyTorch advises). */
  readonly weightDecay: boolean;
}

/**
 * A parameter of `size` zeros with a zero gradient, in Float64Array (the default) or Float32Array.
 *
 * @example createParam("dense 1 bias", 3).value // => Float64Array [0, 0, 0]
 * @example createParam("dense 1 bias", 3, true, "float32").value // => Float32Array [0, 0, 0]
 */
export function createParam<D extends Dtype = "float64">(
  name: string,
  size: number,
  weightDecay = true,
  dtype?: D,
): Param<D> {
  if (typeof name !== "string")
    throw new TypeError(`createParam: name must be a string, got ${describe(name)}`);
  checkInteger("createParam", "size", size, 0, MAX_PARAMETERS);
  checkBoolean("createParam", "weightDecay", weightDecay);
  const type = checkDtype("createParam", dtype);
  return { name, value: arrayOf(type, size), grad: arrayOf(type, size), weightDecay };
}

/**
 * Fills a parameter's values from `init`. The initialisers draw in float64; a float32 parameter
 * gets those draws rounded, so a float32 model starts from its float64 twin's weights.
 */
export function initParam(param: Param<Dtype>, init: Initializer, fan: Fan, rng: Rng): void {
  if (param.value instanceof Float64Array) init(param.value, fan, rng);
  else param.value.set(init(new Float64Array(param.value.length), fan, rng));
}
