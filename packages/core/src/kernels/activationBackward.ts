import type { ActivationId } from "../registry/index.js";
import type { FloatArray } from "./FloatArray.js";
import { loops } from "./loops/index.js";
import {
  checkActivationParam,
  checkFloatArray,
  checkId,
  checkLike,
  checkOptions,
  unaliased,
} from "./validate.js";

/** Options of {@link activationBackward}. */
export interface ActivationBackwardOptions<T extends FloatArray> {
  /** The activation's parameter (α or β); its registry default when omitted. Only for ids that have one. */
  param?: number;
  /** Destination of x's type and length; may be `x` or `dy` (in place). A new array when omitted. */
  out?: T;
}

/**
 * Backward pass of activation `id`: dx[i] = dy[i] · f′(x[i]), the gradient with respect to x
 * given the upstream gradient dy.
 *
 * Float64Array: exactly dy[i] · <id>Grad(x[i]) of the scalar functions (the same bits).
 * Float32Array: within 1 ULP of the correctly rounded float32 value, computed in WebAssembly SIMD
 * where the engine allows it and in plain JavaScript elsewhere. At a kink (relu, leakyRelu,
 * prelu at 0) the derivative is the left-hand one, as the scalar functions and PyTorch. NaN
 * propagates. `dy` and `out` must have x's type and length.
 *
 * @example Array.from(activationBackward("relu", Float32Array.of(-1, 0, 2), Float32Array.of(5, 5, 5))) // => [0, 0, 5]
 * @example Array.from(activationBackward("leakyRelu", Float64Array.of(-1, 3), Float64Array.of(2, 2), { param: 0.5 })) // => [1, 2]
 */
export function activationBackward<T extends FloatArray>(
  id: ActivationId,
  x: T,
  dy: T,
  options: ActivationBackwardOptions<T> = {},
): T {
  const fn = "activationBackward";
  const kernel = loops[checkId(fn, id)];
  checkFloatArray(fn, "x", x);
  checkLike(fn, "dy", dy, x);
  const { param: given, out: givenOut } = checkOptions(fn, options);
  const param = checkActivationParam(fn, id, given);
  if (x instanceof Float32Array) {
    const out = givenOut === undefined ? new Float32Array(x.length) : checkLike(fn, "out", givenOut, x);
    kernel.backward32(unaliased(x, out), unaliased(dy as Float32Array, out), out, param);
    return out as T;
  }
  const x64 = x as Float64Array;
  const out = givenOut === undefined ? new Float64Array(x64.length) : checkLike(fn, "out", givenOut, x64);
  kernel.backward64(unaliased(x64, out), unaliased(dy as Float64Array, out), out, param);
  return out as T;
}
