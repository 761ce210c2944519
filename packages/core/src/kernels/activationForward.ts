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

/** Options of {@link activationForward}. */
export interface ActivationForwardOptions<T extends FloatArray> {
  /** The activation's parameter (α or β); its registry default when omitted. Only for ids that have one. */
  param?: number;
  /** Destination of x's type and length; may be `x` itself (in place). A new array when omitted. */
  out?: T;
}

/**
 * Applies activation `id` to every element: out[i] = f(x[i]).
 *
 * Float64Array: exactly the scalar function's result (the same bits). Float32Array: within 1 ULP of
 * the correctly rounded float32 value of f at the float32 input, computed in WebAssembly SIMD where
 * the engine allows it and in plain JavaScript elsewhere. NaN propagates; special values
 * and signed zeros are those of the scalar function. The parameter is validated once against the
 * registry's range (RangeError); a wrong `id`, `x` or `out` throws a RangeError or TypeError
 * naming the argument and the value.
 *
 * @example Array.from(activationForward("relu", Float32Array.of(-1, 2))) // => [0, 2]
 * @example Array.from(activationForward("sigmoid", Float64Array.of(0))) // => [0.5]
 * @example // in place, with a parameter
 * activationForward("elu", x, { param: 0.5, out: x });
 */
export function activationForward<T extends FloatArray>(
  id: ActivationId,
  x: T,
  options: ActivationForwardOptions<T> = {},
): T {
  const fn = "activationForward";
  const kernel = loops[checkId(fn, id)];
  checkFloatArray(fn, "x", x);
  const { param: given, out: givenOut } = checkOptions(fn, options);
  const param = checkActivationParam(fn, id, given);
  if (x instanceof Float32Array) {
    const out = givenOut === undefined ? new Float32Array(x.length) : checkLike(fn, "out", givenOut, x);
    kernel.forward32(unaliased(x, out), out, param);
    return out as T;
  }
  const x64 = x as Float64Array;
  const out = givenOut === undefined ? new Float64Array(x64.length) : checkLike(fn, "out", givenOut, x64);
  kernel.forward64(unaliased(x64, out), out, param);
  return out as T;
}
